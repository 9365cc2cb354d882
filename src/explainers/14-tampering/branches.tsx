/**
 * Two competing branches: the reader sets each one's length and difficulty; their chainwork is
 * computed with Bitcoin Core's GetBlockProof and the verdict is read from the numbers.
 */
import { useId } from 'react';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { fill } from '../../ui/i18n/lang';
import { useUrlParam } from '../../ui/url-state';
import { Stat } from '../../charts/stat';
import { compareBranches, workToHex } from '../../core/chain/chainwork';
import { TAMPERING_STRINGS } from './strings';
import { chainBits } from './chain-bits';

const BRANCH_BITS = Array.from({ length: 17 }, (_, i) => i + 16);
const MAX_BRANCH_BLOCKS = 1000;

function parseBlocks(text: string): number | null {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_BRANCH_BLOCKS ? value : null;
}

function parseBits(text: string, fallback: number): number {
  const value = Number(text);
  return BRANCH_BITS.includes(value) ? value : fallback;
}

function BranchInputs(props: {
  name: 'A' | 'B';
  blocksText: string;
  onBlocks: (text: string) => void;
  bits: number;
  onBits: (text: string) => void;
}) {
  const t = useStrings(TAMPERING_STRINGS);
  const id = useId();
  const blocks = parseBlocks(props.blocksText);
  return (
    <div className="controls">
      <span className="field">
        <label htmlFor={`${id}-n`}>{fill(t.branches.blocks, { name: props.name })}</label>
        <input
          id={`${id}-n`}
          type="text"
          inputMode="numeric"
          size={5}
          className="num"
          value={props.blocksText}
          aria-invalid={blocks === null}
          aria-describedby={`${id}-err`}
          onChange={(event) => props.onBlocks(event.target.value)}
          data-testid={`branch-${props.name}-blocks`}
        />
      </span>
      <span className="field">
        <label htmlFor={`${id}-b`}>{fill(t.branches.bits, { name: props.name })}</label>
        <select
          id={`${id}-b`}
          value={props.bits}
          onChange={(event) => props.onBits(event.target.value)}
          data-testid={`branch-${props.name}-bits`}
        >
          {BRANCH_BITS.map((bits) => (
            <option key={bits} value={bits}>
              {bits}
            </option>
          ))}
        </select>
      </span>
      <span id={`${id}-err`} role={blocks === null ? 'alert' : undefined} className="hint">
        {blocks === null ? t.branches.blocksError : ''}
      </span>
    </div>
  );
}

export function Branches() {
  const t = useStrings(TAMPERING_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const [aBlocksText, setABlocks] = useUrlParam('aBlocks', '5');
  const [aBitsText, setABits] = useUrlParam('aBits', '20');
  const [bBlocksText, setBBlocks] = useUrlParam('bBlocks', '3');
  const [bBitsText, setBBits] = useUrlParam('bBits', '22');
  const aBits = parseBits(aBitsText, 20);
  const bBits = parseBits(bBitsText, 22);
  const aBlocks = parseBlocks(aBlocksText);
  const bBlocks = parseBlocks(bBlocksText);
  const result =
    aBlocks !== null && bBlocks !== null
      ? compareBranches(
          Array(aBlocks).fill(chainBits(aBits)),
          Array(bBlocks).fill(chainBits(bBits)),
        )
      : null;
  const workText = (work: bigint) => format.integer(Number(work));

  return (
    <section className="widget branches" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.branches.heading}</h2>
      <BranchInputs
        name="A"
        blocksText={aBlocksText}
        onBlocks={setABlocks}
        bits={aBits}
        onBits={setABits}
      />
      <BranchInputs
        name="B"
        blocksText={bBlocksText}
        onBlocks={setBBlocks}
        bits={bBits}
        onBits={setBBits}
      />
      {result && aBlocks !== null && bBlocks !== null && (
        <>
          <dl className="stats">
            {(['A', 'B'] as const).map((name) => {
              const work = name === 'A' ? result.workA : result.workB;
              const blocks = name === 'A' ? aBlocks : bBlocks;
              return (
                <Stat
                  key={name}
                  label={fill(t.branches.work, { name })}
                  testId={`branch-${name}-work`}
                  value={work.toString()}
                >
                  {fill(t.branches.workValue, { work: workText(work), hex: workToHex(work) })}
                  <br />
                  {fill(t.branches.length, { blocks: format.integer(blocks) })}
                </Stat>
              );
            })}
          </dl>
          <p className="reveal" data-testid="branch-verdict" data-winner={result.winner}>
            <strong>
              {fill(t.branches.verdict[result.winner], {
                workA: workText(result.workA),
                workB: workText(result.workB),
              })}
            </strong>{' '}
            {result.longer === 'tie'
              ? t.branches.sameLength
              : result.winner !== 'tie' && result.longer !== result.winner
                ? t.branches.longerLoses
                : result.winner === result.longer
                  ? t.branches.longerWins
                  : ''}
          </p>
        </>
      )}
    </section>
  );
}

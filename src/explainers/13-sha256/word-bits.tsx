/** A 32-bit word in binary, in four groups of eight, the bits that differ from `before` bold. */
export function WordBits({ word, before }: { word: number; before: number | null }) {
  const groups: React.ReactNode[] = [];
  for (let group = 0; group < 4; group++) {
    const bits: React.ReactNode[] = [];
    for (let i = 0; i < 8; i++) {
      const shift = 31 - (group * 8 + i);
      const bit = (word >>> shift) & 1;
      const changed = before !== null && ((before >>> shift) & 1) !== bit;
      bits.push(
        changed ? (
          <b key={i} className="bit changed">
            {bit}
          </b>
        ) : (
          <span key={i} className="bit">
            {bit}
          </span>
        ),
      );
    }
    groups.push(
      <span key={group} className="bit-group">
        {bits}
      </span>,
    );
  }
  return (
    <span className="word-bits mono" aria-hidden="true">
      {groups}
    </span>
  );
}

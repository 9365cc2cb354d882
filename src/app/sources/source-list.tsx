/** Data sources as a list of cards: repository (linked at its commit), licence, count, files. */
import { Fragment } from 'react';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { repoUrl, type DataSource } from './bitcoin-sources';

/** Lets long paths wrap after a slash rather than mid-name. */
function withBreaksAfterSlashes(path: string) {
  return path.split('/').map((part, index, parts) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

export function SourceList({
  sources,
  testId,
}: {
  sources: readonly DataSource[];
  testId: string;
}) {
  const t = useT();
  const format = useNumberFormat();
  return (
    <ul className="source-list" data-testid={testId}>
      {sources.map((source) => (
        <li key={source.repo} className="source">
          <h3 className="source-repo">
            <a href={repoUrl(source)} rel="noopener noreferrer">
              {source.repo}
            </a>
            {source.commit && (
              <span className="source-commit">
                {' '}
                @ <code>{source.commit}</code>
              </span>
            )}
          </h3>
          <dl className="source-facts">
            <div>
              <dt>{t.sources.licence}</dt>
              <dd>{source.licence}</dd>
            </div>
            {source.headersCredited !== null && (
              <div>
                <dt>{t.sources.headers}</dt>
                <dd className="num">{format.integer(source.headersCredited)}</dd>
              </div>
            )}
          </dl>
          <p className="source-paths-label">{t.sources.paths}</p>
          <ul className="source-paths">
            {source.paths.map((path) => (
              <li key={path}>
                <code>{withBreaksAfterSlashes(path)}</code>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

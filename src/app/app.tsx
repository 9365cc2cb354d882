/**
 * The app: hash-based routing (deep links such as `#/sources` work on any static host) with
 * one lazily loaded chunk per page.
 */
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LangProvider } from '../ui/i18n/lang-context';
import { useT } from './i18n/use-t';
import { SiteLayout } from './layout/site-layout';

const HomePage = lazy(() => import('./home/home-page').then((m) => ({ default: m.HomePage })));
const SourcesPage = lazy(() =>
  import('./sources/sources-page').then((m) => ({ default: m.SourcesPage })),
);
const AboutPage = lazy(() => import('./about/about-page').then((m) => ({ default: m.AboutPage })));
const MinePage = lazy(() =>
  import('../explainers/03-mine/mine-page').then((m) => ({ default: m.MinePage })),
);
const LuckPage = lazy(() =>
  import('../explainers/04-luck/luck-page').then((m) => ({ default: m.LuckPage })),
);
const HashPage = lazy(() =>
  import('../explainers/01-hash/hash-page').then((m) => ({ default: m.HashPage })),
);
const HeaderPage = lazy(() =>
  import('../explainers/02-header/header-page').then((m) => ({ default: m.HeaderPage })),
);
const BetsPage = lazy(() =>
  import('../explainers/05-bets/bets-page').then((m) => ({ default: m.BetsPage })),
);
const PredictorPage = lazy(() =>
  import('../explainers/06-predictor/predictor-page').then((m) => ({ default: m.PredictorPage })),
);
const InsidePage = lazy(() =>
  import('../explainers/07-inside/inside-page').then((m) => ({ default: m.InsidePage })),
);
const SwarmPage = lazy(() =>
  import('../explainers/11-swarm/swarm-page').then((m) => ({ default: m.SwarmPage })),
);
const GeometricPage = lazy(() =>
  import('../explainers/09-geometric/geometric-page').then((m) => ({ default: m.GeometricPage })),
);
const ImprovementPage = lazy(() =>
  import('../explainers/10-improvement/improvement-page').then((m) => ({
    default: m.ImprovementPage,
  })),
);
const OraclePage = lazy(() =>
  import('../explainers/08-oracle/oracle-page').then((m) => ({ default: m.OraclePage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

function Loading() {
  return (
    <p className="loading" role="status">
      {useT().layout.loading}
    </p>
  );
}

export function App() {
  return (
    <LangProvider>
      <Router hook={useHashLocation}>
        <SiteLayout>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/sources" component={SourcesPage} />
              <Route path="/about" component={AboutPage} />
              <Route path="/mine" component={MinePage} />
              <Route path="/luck" component={LuckPage} />
              <Route path="/hash" component={HashPage} />
              <Route path="/header" component={HeaderPage} />
              <Route path="/bets" component={BetsPage} />
              <Route path="/predictor" component={PredictorPage} />
              <Route path="/inside" component={InsidePage} />
              <Route path="/oracle" component={OraclePage} />
              <Route path="/swarm" component={SwarmPage} />
              <Route path="/geometric" component={GeometricPage} />
              <Route path="/improvement" component={ImprovementPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </SiteLayout>
      </Router>
    </LangProvider>
  );
}

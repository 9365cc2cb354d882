/**
 * The app: hash-based routing (deep links such as `#/sources` work on any static host) with
 * one lazily loaded chunk per page. A chapter's settings ride in the hash after the route
 * (`#/bets?tournamentSeed=7`, see ui/url-state.ts) and do not affect which page is shown.
 */
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { LangProvider } from '../ui/i18n/lang-context';
import { useHashPathLocation } from '../ui/url-state';
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
const RealChainPage = lazy(() =>
  import('../explainers/12-real-chain/real-chain-page').then((m) => ({ default: m.RealChainPage })),
);
const Sha256Page = lazy(() =>
  import('../explainers/13-sha256/sha256-page').then((m) => ({ default: m.Sha256Page })),
);
const TamperingPage = lazy(() =>
  import('../explainers/14-tampering/tampering-page').then((m) => ({ default: m.TamperingPage })),
);
const DifficultyPage = lazy(() =>
  import('../explainers/15-difficulty/difficulty-page').then((m) => ({
    default: m.DifficultyPage,
  })),
);
const AttackPage = lazy(() =>
  import('../explainers/16-attack/attack-page').then((m) => ({ default: m.AttackPage })),
);
const TeachPage = lazy(() => import('./guide/teach-page').then((m) => ({ default: m.TeachPage })));
const GlossaryPage = lazy(() =>
  import('./guide/glossary-page').then((m) => ({ default: m.GlossaryPage })),
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
      <Router hook={useHashPathLocation}>
        <SiteLayout>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/sources" component={SourcesPage} />
              <Route path="/about" component={AboutPage} />
              <Route path="/teach" component={TeachPage} />
              <Route path="/glossary" component={GlossaryPage} />
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
              <Route path="/real" component={RealChainPage} />
              <Route path="/sha256" component={Sha256Page} />
              <Route path="/chain" component={TamperingPage} />
              <Route path="/difficulty" component={DifficultyPage} />
              <Route path="/attack" component={AttackPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </SiteLayout>
      </Router>
    </LangProvider>
  );
}

import type { ReactNode } from 'react';

/** The about page, in English (es: prose.es.tsx). */
export const aboutProseEn: ReactNode = (
  <>
    <p className="lede">
      Nonce Sense explains proof of work, the puzzle that secures Bitcoin, by letting you do it. It
      is for classrooms, for people who explain science, and for anyone who has been told that an AI
      can predict the winning nonce.
    </p>
    <h2>Our promise</h2>
    <ul>
      <li>
        <strong>Every claim is tested live.</strong> When a page says something about mining, you
        can run the experiment behind it, in your browser, and see the result with its confidence
        interval, not a hand-picked run.
      </li>
      <li>
        <strong>Real hashing.</strong> The app computes real double SHA-256 on real Bitcoin block
        headers. The numbers are not simulated.
      </li>
      <li>
        <strong>Honest statistics.</strong> Every comparison has a fixed budget, a baseline and a
        positive control that shows the test would catch a real effect.
      </li>
      <li>
        <strong>Nothing leaves the page.</strong> No accounts, no tracking, no requests to other
        sites. Your runs stay on your device.
      </li>
      <li>
        <strong>Nothing mines without a click.</strong> Hashing starts only when you press a button,
        pauses when the tab is hidden and stops when you press Stop or leave.
      </li>
    </ul>
    <h2>Open source</h2>
    <p>
      The code is open source under the MIT licence. The data comes from public sources, listed on
      the Sources page.
    </p>
  </>
);

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangProvider } from '../ui/i18n/lang-context';
import { ChartFrame } from './chart-frame';

const table = {
  columns: ['Distance (bits)', 'Flips'],
  rows: [
    ['127', '4,321'],
    ['128', '5,679'],
  ],
};

function render(initialShowTable: boolean) {
  return renderToStaticMarkup(
    <LangProvider>
      <ChartFrame
        title="Distances"
        takeaway="Centred on 128."
        table={table}
        initialShowTable={initialShowTable}
      >
        <svg data-chart="yes" />
      </ChartFrame>
    </LangProvider>,
  );
}

describe('ChartFrame', () => {
  it('shows the chart, the takeaway and an unpressed "Show as table" toggle by default', () => {
    const html = render(false);
    expect(html).toContain('data-chart="yes"');
    expect(html).toContain('Centred on 128.');
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain('Show as table');
    expect(html).not.toContain('<table');
  });

  it('with the table shown renders every number in an accessible table instead of the chart', () => {
    const html = render(true);
    expect(html).not.toContain('data-chart');
    expect(html).toContain('<caption>Distances</caption>');
    expect(html).toContain('<th scope="col">Distance (bits)</th>');
    expect(html).toContain('<th scope="row">127</th><td>4,321</td>');
    expect(html).toContain('<th scope="row">128</th><td>5,679</td>');
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('Centred on 128.');
  });
});

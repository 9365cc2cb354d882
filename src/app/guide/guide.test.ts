import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { CHAPTER_ROUTES } from '../home/chapters';
import { sortedGlossary } from './glossary-page';
import type { GuideProse } from './guide-prose';
import { guideProseEn } from './prose.en';
import { guideProseEs } from './prose.es';

const LANGS: Record<'en' | 'es', GuideProse> = { en: guideProseEn, es: guideProseEs };
const ROUTES = new Set(Object.values(CHAPTER_ROUTES));

describe('teacher guide and glossary', () => {
  it('labels: same keys in both languages, none empty', () => {
    expect(translationProblems({ en: guideProseEn.labels, es: guideProseEs.labels })).toEqual([]);
  });

  it('both languages have the same lessons, with the same steps, questions and misconceptions', () => {
    const shape = (p: GuideProse) =>
      p.lessons.map((l) => ({
        id: l.id,
        steps: l.steps.map((s) => [s.minutes, s.route]),
        activities: l.activities.length,
        questions: l.questions.length,
        misconceptions: l.misconceptions.length,
      }));
    expect(shape(guideProseEs)).toEqual(shape(guideProseEn));
    expect(guideProseEn.lessons.map((l) => l.id)).toEqual([
      'lesson-secondary',
      'lesson-university',
      'lesson-security',
    ]);
  });

  it.each(Object.entries(LANGS))(
    '%s: every lesson takes 45 minutes and links real chapters',
    (_, p) => {
      for (const lesson of p.lessons) {
        expect(lesson.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(45);
        for (const step of lesson.steps) {
          if (step.route !== null) expect(ROUTES).toContain(step.route);
        }
        expect(lesson.questions.length).toBeGreaterThanOrEqual(4);
        expect(lesson.misconceptions.length).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('both languages define the same glossary entries, each linking the same real chapter', () => {
    const byId = (p: GuideProse) =>
      Object.fromEntries(p.glossary.map((e) => [e.id, e.route] as const));
    expect(byId(guideProseEs)).toEqual(byId(guideProseEn));
    expect(guideProseEn.glossary.length).toBeGreaterThanOrEqual(30);
    for (const entry of guideProseEn.glossary) expect(ROUTES).toContain(entry.route);
    const ids = guideProseEn.glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(LANGS))('%s: glossary terms and definitions are not empty', (_, p) => {
    for (const entry of p.glossary) {
      expect(entry.term.trim()).not.toBe('');
      expect(String(entry.definition).trim().length).toBeGreaterThan(20);
    }
  });

  it('Spanish terms follow docs/glossary-es.md', () => {
    const es = Object.fromEntries(guideProseEs.glossary.map((e) => [e.id, e.term]));
    expect(es).toMatchObject({
      'proof-of-work': 'Prueba de trabajo (PoW)',
      sha256d: 'Doble SHA-256 (SHA-256d)',
      'block-header': 'Cabecera del bloque',
      target: 'Objetivo (target)',
      bits: 'Campo bits (objetivo compacto)',
      'leading-zeros': 'Bits cero iniciales',
      'hash-rate': 'Tasa de hash (hashrate)',
      share: 'Share (participación)',
      pool: 'Pool de minería',
      'merkle-root': 'Raíz de Merkle',
      chainwork: 'Trabajo acumulado',
      confirmation: 'Confirmaciones',
      'majority-attack': 'Ataque del 51 %',
      'double-spend': 'Doble gasto',
      avalanche: 'Efecto avalancha',
      geometric: 'Distribución geométrica',
      'confidence-interval': 'Intervalo de confianza',
      'positive-control': 'Control positivo',
      'held-out': 'Datos reservados (no vistos en el entrenamiento)',
      seed: 'Semilla',
      round: 'Ronda',
    });
  });

  it('sorts the glossary alphabetically in each language', () => {
    const en = sortedGlossary(guideProseEn.glossary, 'en').map((e) => e.term);
    expect(en.indexOf('AUC')).toBeLessThan(en.indexOf('Avalanche effect'));
    expect(en.indexOf('Held-out data')).toBeLessThan(en.indexOf('Leading zero bits'));
    const es = sortedGlossary(guideProseEs.glossary, 'es').map((e) => e.term);
    // Accents sort with their plain letter: "Raíz" between "Prueba" and "Reajuste".
    expect(es.indexOf('Prueba de trabajo (PoW)')).toBeLessThan(es.indexOf('Raíz de Merkle'));
    expect(es.indexOf('Raíz de Merkle')).toBeLessThan(es.indexOf('Reajuste de dificultad'));
    for (const [list, lang] of [
      [en, 'en'],
      [es, 'es'],
    ] as const) {
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      for (let i = 1; i < list.length; i++) {
        expect(collator.compare(list[i - 1]!, list[i]!)).toBeLessThanOrEqual(0);
      }
    }
  });
});

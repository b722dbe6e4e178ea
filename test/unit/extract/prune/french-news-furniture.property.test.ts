/**
 * The lines French news sites put between or under a story's paragraphs, over generated articles: the app's
 * "Téléchargez l'application pour ne rien manquer de l'actualité", the meter's "Vous avez lu 3 articles ce mois-ci.
 * Abonnez-vous pour continuer.", the newsletter's "Recevez gratuitement notre newsletter quotidienne" and "L'essentiel
 * de l'actu chaque matin dans votre boîte mail", the wire credit "Le Parisien avec AFP" (and the same asks on other
 * sites: "You've read 3 of 5 free articles this month", "Descarga la app…"). Found by generated pages, where each
 * leaked. Every time: the line goes and every paragraph stays, word for word. The same words in a sentence of the
 * story take nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { asParagraph, expectLinesGo, expectSentencesStay } from './story-page.js';

const lines = fc.constantFrom(
  "Téléchargez l'application pour ne rien manquer de l'actualité.",
  "Téléchargez gratuitement l'appli Le Quotidien",
  'Vous avez lu 3 articles ce mois-ci. Abonnez-vous pour continuer.',
  "You've read 3 of 5 free articles this month. Subscribe for unlimited access.",
  'Sie haben 3 von 5 kostenlosen Artikeln gelesen. Jetzt abonnieren.',
  "Recevez gratuitement notre newsletter quotidienne. Je m'inscris",
  "L'essentiel de l'actu chaque matin dans votre boîte mail",
  'The day’s top news, straight to your inbox',
  'Descarga la app de El Diario y recibe alertas',
  'Le Parisien avec AFP',
  'Ouest-France avec AFP',
);

describe('generated articles: French news sites’ lines', () => {
  it('an app, meter or newsletter ask or a wire credit goes; the story stays', () => {
    expectLinesGo(lines.map(asParagraph));
  });

  it('the same words in a sentence of the story take nothing', () => {
    const sentences = [
      'Phishing emails that look real arrive in your inbox.',
      'Vous avez lu 3 articles sur ce procès, et pourtant la décision des juges surprend encore les avocats des deux parties.',
      "Téléchargez l'application, avait conseillé le maire aux habitants, mais le site de la ville est resté en panne pendant deux jours.",
      'Le maire, avec l’aide des services de l’AFP et de la préfecture, a publié la liste des rues fermées pendant le chantier.',
    ];
    expectSentencesStay(sentences);
  });
});

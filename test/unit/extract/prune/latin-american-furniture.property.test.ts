/**
 * The lines Spanish- and Portuguese-language news sites (Latin America's, Spain's, Brazil's) put between or under a
 * story's paragraphs, over generated articles: the error-report prompt ("¿Encontraste un error? Escríbenos"), a
 * messenger channel's offer ("Únete a nuestro canal de WhatsApp AQUÍ"), a newsletter's ("Recibe nuestro newsletter
 * con las noticias más importantes del día"), a paywall's ask in its own voice ("Para seguir leyendo, suscríbete a El
 * Diario"; the same in Portuguese, Italian, French and German), El País's tag line ("Archivado en: …") and the
 * teaser labels "MIRA TAMBIÉN:", "Lea también:", "Te puede interesar:". Found by generated pages where each leaked
 * (Portuguese's were known already). Every time: the line goes and every paragraph stays, word for word. The same
 * words in a sentence of the story take nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { phrase } from './prose.js';
import { expectLinesGo, expectSentencesStay, p } from './story-page.js';

const lines = fc.constantFrom(
  {
    html: '<p>¿Encontraste un error? <a href="/contacto">Escríbenos</a></p>',
    text: '¿Encontraste un error? Escríbenos',
  },
  { html: '<p>¿Viste algún error? <a href="/c">Avísanos</a></p>', text: '¿Viste algún error? Avísanos' },
  {
    html: '<p>Encontrou algum erro? <a href="/c">Entre em contato</a></p>',
    text: 'Encontrou algum erro? Entre em contato',
  },
  {
    html: '<p>Únete a nuestro canal de WhatsApp <a href="https://whatsapp.com/channel/x">AQUÍ</a></p>',
    text: 'Únete a nuestro canal de WhatsApp AQUÍ',
  },
  {
    html: '<p><a href="https://whatsapp.com/channel/x">Entre no canal do g1 no WhatsApp</a></p>',
    text: 'Entre no canal do g1 no WhatsApp',
  },
  {
    html: '<p>Unisciti al nostro canale WhatsApp per ricevere le notizie</p>',
    text: 'Unisciti al nostro canale WhatsApp per ricevere le notizie',
  },
  {
    html: '<p>Recibe nuestro newsletter con las noticias más importantes del día. <a href="/n">Suscríbete aquí</a></p>',
    text: 'Recibe nuestro newsletter con las noticias más importantes del día. Suscríbete aquí',
  },
  {
    html: '<p>Para seguir leyendo, suscríbete a El Diario. <a href="/planes">Ver planes</a></p>',
    text: 'Para seguir leyendo, suscríbete a El Diario. Ver planes',
  },
  { html: '<p>Para continuar lendo, assine o Jornal.</p>', text: 'Para continuar lendo, assine o Jornal.' },
  {
    html: '<p>Pour lire la suite, abonnez-vous à partir de 1 € par mois.</p>',
    text: 'Pour lire la suite, abonnez-vous à partir de 1 € par mois.',
  },
  {
    html: '<p>Archivado en: <a href="/t/1">Transporte</a>, <a href="/t/2">Gobierno</a></p>',
    text: 'Archivado en: Transporte, Gobierno',
  },
);

const teaserLabel = fc.constantFrom('MIRA TAMBIÉN', 'Mira también', 'Lea también', 'Te puede interesar', 'Leia mais');
const teaser = fc.record({ label: teaserLabel, headline: phrase(4, 9) }).map(({ label, headline }) => ({
  html: p(`<strong>${label}:</strong> <a href="/nota">${headline}</a>`),
  text: `${label}: ${headline}`,
}));

describe('generated articles: Spanish and Portuguese sites’ lines', () => {
  it('an error prompt, a channel or newsletter offer, a paywall ask, a tag line goes; the story stays', () => {
    expectLinesGo(lines);
  });

  it('a teaser label goes with its link; the story stays', () => {
    expectLinesGo(teaser);
  });

  it('the same words in a sentence of the story take nothing', () => {
    const sentences = [
      '¿Encontraste un error en la factura? Muchos vecinos dijeron que sí, y la empresa prometió revisar todos los cobros de marzo antes del viernes.',
      'Únete a nuestro canal de WhatsApp, decía el mensaje falso que circuló entre los votantes la semana pasada, según la fiscalía electoral.',
      'Para seguir leyendo los informes, los concejales pidieron más tiempo, y la sesión se suspendió hasta el próximo martes por la tarde.',
      'Mira también hacia el norte, dijo el guía, porque desde este mirador se ven los tres volcanes cuando el cielo está despejado.',
      'Archivado en el registro municipal desde 1998, el expediente volvió a la mesa del alcalde después de una denuncia de los vecinos.',
    ];
    expectSentencesStay(sentences);
  });
});

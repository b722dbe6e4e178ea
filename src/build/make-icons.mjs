#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest lists, in headless Chromium. Run on purpose after
// editing the SVG (node --import tsx src/build/make-icons.mjs); the PNGs are committed.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { findBrowser } from '../cli/browsers.ts';

const svg = readFileSync(new URL('../../icons/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({
  executablePath: findBrowser('chrome'),
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL(`../../icons/icon-${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
console.log('icons written');

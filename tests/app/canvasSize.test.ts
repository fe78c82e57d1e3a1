import { describe, expect, it } from 'vitest';
import { canvasSizeFor, canvasZoom } from '../../src/app/canvasSize';

describe('canvas size', () => {
  it('draws a 1280×720 window at 1280×720, two thirds of the stage', () => {
    const size = canvasSizeFor({ width: 1280, height: 720 }, 1);
    expect(size).toEqual({ width: 1280, height: 720 });
    expect(canvasZoom(size)).toBeCloseTo(2 / 3, 10);
  });

  it('fits the stage into a window of another shape, as the screen shows it', () => {
    expect(canvasSizeFor({ width: 1600, height: 720 }, 1)).toEqual({ width: 1280, height: 720 });
    expect(canvasSizeFor({ width: 1000, height: 900 }, 1)).toEqual({ width: 1000, height: 563 });
  });

  it('counts device pixels, but never draws more than the stage', () => {
    expect(canvasSizeFor({ width: 800, height: 450 }, 2)).toEqual({ width: 1600, height: 900 });
    expect(canvasSizeFor({ width: 1440, height: 900 }, 2)).toEqual({ width: 1920, height: 1080 });
    expect(canvasSizeFor({ width: 3840, height: 2160 }, 1)).toEqual({ width: 1920, height: 1080 });
  });

  it('keeps a readable least size for a tiny or hidden window and a bad pixel ratio', () => {
    expect(canvasSizeFor({ width: 0, height: 0 }, 1)).toEqual({ width: 640, height: 360 });
    expect(canvasSizeFor({ width: 1280, height: 720 }, Number.NaN)).toEqual({
      width: 1280,
      height: 720,
    });
  });
});

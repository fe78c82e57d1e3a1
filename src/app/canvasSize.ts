/**
 * How many pixels the canvas draws: the 16:9 stage at the size the screen
 * shows it, in device pixels, and never more than the stage itself. A
 * 1280×720 window draws 1280×720 pixels instead of drawing 1920×1080 for the
 * browser to shrink: less than half the work a frame, and text is drawn at
 * the size it is read. A full-HD projector draws the whole stage.
 */
import { stage } from '../ui/layout';

/** Below this the canvas is not made smaller: the stage would be unreadable anyway. */
const smallestWidth = 640;

export interface CanvasSize {
  width: number;
  height: number;
}

/** The canvas size for a box of this size (CSS pixels) at this device-pixel ratio. */
export function canvasSizeFor(box: CanvasSize, pixelRatio: number): CanvasSize {
  const ratio = Number.isFinite(pixelRatio) && pixelRatio > 0 ? pixelRatio : 1;
  const fitted = Math.min(box.width, (box.height * stage.width) / stage.height) * ratio;
  const width = Math.round(
    Math.min(stage.width, Math.max(smallestWidth, Number.isFinite(fitted) ? fitted : stage.width)),
  );
  return { width, height: Math.round((width * stage.height) / stage.width) };
}

/** How much smaller than the stage the canvas draws (1 on a full-HD screen). */
export function canvasZoom(size: CanvasSize): number {
  return size.width / stage.width;
}

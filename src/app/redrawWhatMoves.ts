/**
 * While the only changes on screen are tweens moving or fading known game
 * objects (the week board's cards sliding to their new stages, a toast
 * fading), a frame draws again only where those objects were and are: it
 * clears those regions and draws the objects that touch them, clipped to
 * them. The rest of the canvas keeps the last frame's pixels.
 *
 * Where WebGL runs in software (training-room laptops without a graphics
 * card, remote desktops) every pixel drawn is dear: a full-HD board takes
 * about 70 ms a frame, the few cards that move about a tenth of that.
 *
 * Buttons lit up by hover or focus say so (src/ui/canvasChanged) and are
 * drawn again where they are.
 *
 * Every other frame is drawn whole: the first frame of a screen, any other
 * input or a resize (they may change anything), a request through
 * `redrawAll`, a tween whose target is not a game object with bounds, a
 * camera effect, or regions that cover much of the canvas. Scenes change
 * what they show only in those ways; a change made any other way (a timer,
 * say) must call `redrawAll`.
 */
import Phaser from 'phaser';
import { canvasChangedEvent } from '../ui/canvasChanged';
import type { Region } from '../ui/layout';
import { canvasZoom } from './canvasSize';
import {
  grownBy,
  mergeRegions,
  overlaps,
  regionArea,
  snapToCanvas,
  unionOf,
} from './changedRegions';

type Bounded = Phaser.GameObjects.GameObject & {
  getBounds(output?: Phaser.Geom.Rectangle): Phaser.Geom.Rectangle;
};

/** Grown by this much: strokes and outlines reach a little past an object's bounds. */
const margin = 6;
/** Past this share of the canvas, one whole frame is cheaper than many regions. */
const largestShare = 0.45;

const sceneChanges = [
  Phaser.Scenes.Events.CREATE,
  Phaser.Scenes.Events.SHUTDOWN,
  Phaser.Scenes.Events.SLEEP,
  Phaser.Scenes.Events.WAKE,
  Phaser.Scenes.Events.PAUSE,
  Phaser.Scenes.Events.RESUME,
] as const;

function hasBounds(target: unknown): target is Bounded {
  return (
    target instanceof Phaser.GameObjects.GameObject &&
    typeof (target as Partial<Bounded>).getBounds === 'function'
  );
}

/** Where the object is drawn on the canvas (its bounds on the stage, at the camera's zoom). */
function boundsOf(object: Bounded, zoom: number): Region {
  const { x, y, width, height } = object.getBounds();
  return { x: x * zoom, y: y * zoom, width: width * zoom, height: height * zoom };
}

/** What the scene's running tweens change. */
function tweenTargets(scene: Phaser.Scene): unknown[] {
  return scene.tweens.getTweens().flatMap((tween) => tween.targets);
}

/** The scenes Phaser will draw this frame (the test in SceneManager.render). */
function drawnScenes(game: Phaser.Game): Phaser.Scene[] {
  return game.scene.scenes.filter((scene) => {
    const settings = scene.sys.settings;
    return (
      settings.visible &&
      settings.status >= Phaser.Scenes.LOADING &&
      settings.status < Phaser.Scenes.SLEEPING
    );
  });
}

/**
 * True when the scene's one camera draws plainly: the whole stage from its
 * top-left corner (src/app/drawAtScreenSize), no effects, filters or see-through.
 */
function plainCamera(scene: Phaser.Scene): boolean {
  const cameras = scene.cameras.cameras;
  if (cameras.length !== 1) return false;
  const camera = cameras[0]!;
  return (
    camera.alpha === 1 &&
    camera.zoom === canvasZoom(scene.scale.gameSize) &&
    camera.originX === 0 &&
    camera.originY === 0 &&
    camera.scrollX === 0 &&
    camera.scrollY === 0 &&
    !camera.fadeEffect.isRunning &&
    !camera.fadeEffect.isComplete &&
    !camera.flashEffect.isRunning &&
    !camera.shakeEffect.isRunning &&
    camera.filters.internal.getActive().length === 0 &&
    camera.filters.external.getActive().length === 0
  );
}

/** Input that only lights buttons up or down: the buttons tell what they changed. */
const highlightOnly = new Set(['pointermove', 'pointerover', 'pointerout', 'focusin', 'focusout']);

export interface WhatMovesRedraw {
  /** Draws the next frame whole (something changed that no tween describes). */
  redrawAll(): void;
  /** Hears what woke the game loop (src/app/renderOnDemand): input may change anything. */
  woken(cause: string): void;
}

export function redrawWhatMoves(game: Phaser.Game): WhatMovesRedraw {
  const renderer = game.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) {
    return { redrawAll: () => undefined, woken: () => undefined };
  }
  const settings = renderer.config as { clearBeforeRender: boolean };
  const canvas = (): Region => ({ x: 0, y: 0, width: renderer.width, height: renderer.height });
  const zoom = () => canvasZoom(game.scale.gameSize);

  /** True until a whole frame is drawn after something other than a known tween changed. */
  let wholeFrameOwed = true;
  /** This frame's regions; undefined when the frame is drawn whole. */
  let regions: Region[] | undefined;
  /** Where each moving object was drawn last frame. */
  let drawnAt = new Map<Bounded, Region>();
  /** Objects changed in place since last frame (a button lit up). */
  let changedInPlace = new Set<Bounded>();
  const redrawAll = () => {
    wholeFrameOwed = true;
  };
  const woken = (cause: string) => {
    if (!highlightOnly.has(cause)) redrawAll();
  };
  const heardChange = (object?: Phaser.GameObjects.GameObject) => {
    if (hasBounds(object)) changedInPlace.add(object);
    else redrawAll();
  };

  /** The moving objects of the scenes drawn, or undefined if a change is not a known tween. */
  function movingObjects(scenes: Phaser.Scene[]): Set<Bounded> | undefined {
    const moving = new Set<Bounded>();
    for (const scene of scenes) {
      if (!plainCamera(scene)) return undefined;
      for (const target of tweenTargets(scene)) {
        if (!hasBounds(target)) return undefined;
        moving.add(target);
      }
    }
    return moving;
  }

  /** Where this frame must draw again, or undefined to draw it whole. */
  function planRegions(): Region[] | undefined {
    if (wholeFrameOwed) return undefined;
    const moving = movingObjects(drawnScenes(game));
    if (!moving) return undefined;
    const changed: Region[] = [];
    // Objects that stopped moving since last frame are drawn once more where they came to rest.
    for (const object of new Set([...drawnAt.keys(), ...moving])) {
      const before = drawnAt.get(object);
      // New to moving (or gone from the scene): what it covered last frame is not known.
      if (!before || !object.scene) return undefined;
      const region = snapToCanvas(unionOf(before, boundsOf(object, zoom())), margin, canvas());
      if (region) changed.push(region);
    }
    for (const object of changedInPlace) {
      if (!object.scene) return undefined;
      const region = snapToCanvas(boundsOf(object, zoom()), margin, canvas());
      if (region) changed.push(region);
    }
    const merged = mergeRegions(changed);
    const area = merged.reduce((sum, region) => sum + regionArea(region), 0);
    return area > largestShare * regionArea(canvas()) ? undefined : merged;
  }

  // Planned before the renderer clears the canvas, which only a whole frame does.
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    regions = planRegions();
    changedInPlace = new Set();
    settings.clearBeforeRender = regions === undefined;
  });
  game.events.on(Phaser.Core.Events.PRE_RENDER, () => {
    if (!regions) return;
    for (const region of regions) {
      const context = renderer.baseDrawingContext.getClone();
      context.setScissorEnable(true);
      context.setScissorBox(region.x, region.y, region.width, region.height);
      context.setClearColor(0, 0, 0, 0);
      context.clear(renderer.gl.COLOR_BUFFER_BIT);
    }
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (!regions) wholeFrameOwed = false;
    drawnAt = new Map();
    for (const scene of drawnScenes(game)) {
      for (const target of tweenTargets(scene)) {
        if (hasBounds(target)) drawnAt.set(target, boundsOf(target, zoom()));
      }
    }
  });

  for (const scene of game.scene.scenes) {
    for (const change of sceneChanges) scene.events.on(change, redrawAll);
    scene.events.on(canvasChangedEvent, heardChange);
    drawRegionsOnly(scene, () => regions);
  }
  return { redrawAll, woken };
}

/**
 * When the frame has regions, the scene draws each in turn before its camera
 * would draw the whole: the camera's viewport set to the region (which clips
 * the drawing to it) and scrolled by as much, so everything lands where it
 * always does, with only the objects that touch the region. The camera then
 * sits the whole-frame pass out.
 */
function drawRegionsOnly(scene: Phaser.Scene, regionsNow: () => Region[] | undefined): void {
  /** The children's bounds on the canvas, grown by the margin strokes and outlines may reach. */
  const bounds = new Map<Phaser.GameObjects.GameObject, Region>();
  scene.events.on(
    Phaser.Scenes.Events.PRE_RENDER,
    (renderer: Phaser.Renderer.WebGL.WebGLRenderer) => {
      const regions = regionsNow();
      if (!regions) {
        bounds.clear();
        return;
      }
      const camera = scene.cameras.main;
      const zoom = camera.zoom;
      const whole = { x: camera.x, y: camera.y, width: camera.width, height: camera.height };
      const children = scene.children.list.filter((child) => child.willRender(camera));
      // Between whole frames only tweened objects move: the others' bounds are kept.
      for (const target of tweenTargets(scene)) {
        if (target instanceof Phaser.GameObjects.GameObject) bounds.delete(outermost(target));
      }
      for (const child of children) {
        if (hasBounds(child) && !bounds.has(child)) {
          bounds.set(child, grownBy(boundsOf(child, zoom), margin));
        }
      }
      for (const region of regions) {
        camera.setViewport(region.x, region.y, region.width, region.height);
        camera.setScroll(region.x / zoom, region.y / zoom);
        camera.preRender();
        const touching = children.filter((child) => {
          const at = bounds.get(child);
          return !at || overlaps(at, region);
        });
        renderer.render(scene, touching, camera);
      }
      camera.setViewport(whole.x, whole.y, whole.width, whole.height);
      camera.setScroll(0, 0);
      camera.setVisible(false);
    },
  );
  scene.events.on(Phaser.Scenes.Events.RENDER, () => {
    if (regionsNow()) scene.cameras.main.setVisible(true);
  });
}

/** The object, or the container it is drawn in that is on the scene's display list. */
function outermost(object: Phaser.GameObjects.GameObject): Phaser.GameObjects.GameObject {
  let outer = object;
  while (outer.parentContainer) outer = outer.parentContainer;
  return outer;
}

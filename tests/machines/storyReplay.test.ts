/**
 * Story deals replayed from the log: the season machine's story statecharts,
 * stepped decision by decision, agree with the model's record of each story
 * deal; a season machine started from the same session log (a save loaded,
 * a rewind) steps them to the same beats; and the runner's pure path, which
 * plays the stories by the scripted players' rules, gives the same beats
 * when its log is replayed.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { storyCoaching } from '../../src/content/storyCoaching';
import { seasonMachine } from '../../src/machines/seasonMachine';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { decisionsOf, newSession, replay, type Session, withDecision } from '../../src/sim/session';
import type { SeasonState } from '../../src/sim/state';
import { shippedScenario } from '../content/support/shipped';

const scenario = shippedScenario('standard');
const setup = scenario.setup;

/** Each story deal's statechart, as the season machine holds it: phase, beats, crisis, lines. */
function machineStories(session: Session) {
  const actor = createActor(seasonMachine, { input: { setup, session } });
  actor.start();
  const stories = Object.fromEntries(
    Object.entries(actor.getSnapshot().context.stories).map(([id, ref]) => {
      const snapshot = ref.getSnapshot();
      return [id, { value: snapshot.value, context: snapshot.context }];
    }),
  );
  actor.stop();
  return stories;
}

/** The model's record of each story deal that has arrived. */
function modelStories(state: SeasonState) {
  return Object.fromEntries(
    state.deals.filter((deal) => deal.storyId).map((deal) => [deal.storyId!, deal.storySoFar!]),
  );
}

const played = [3, 8].flatMap((seed) =>
  (['balanced', 'coach-early', 'rescue-late'] as const).map((policy) => {
    const run = playWithPolicy(setup, seed, policies[policy], storyCoaching(scenario));
    let session = newSession(setup.id, 'v', seed);
    for (const decision of run.decisions) session = withDecision(session, decision);
    return { name: `${policy} seed ${seed}`, run, session };
  }),
);

describe('a story deal replayed from the log gives the same beats', () => {
  test('the plays hold rescue calls and review talks on story deals (the test is not empty)', () => {
    const decisions = played.flatMap(({ run }) => run.decisions);
    const storyDeals = new Set(Object.keys(scenario.stories));
    expect(
      decisions.some((d) => d.type === 'deal.rescue' && d.lines && storyDeals.has(d.dealId)),
    ).toBe(true);
    expect(
      decisions.some((d) => d.type === 'loss.review' && d.lines && storyDeals.has(d.dealId)),
    ).toBe(true);
    const beats = played.flatMap(({ run }) =>
      Object.values(modelStories(run.state)).flatMap((record) => record.beats),
    );
    expect(beats.some((beat) => beat.held)).toBe(true);
    expect(beats.some((beat) => !beat.held)).toBe(true);
  });

  test.each(played)(
    '$name: the replayed log gives the model the same story records',
    ({ run, session }) => {
      const replayed = replay(setup, session.seed, decisionsOf(session));
      if (!replayed.ok) throw new Error(replayed.message);
      expect(modelStories(replayed.state)).toEqual(modelStories(run.state));
    },
  );

  test.each(played)(
    '$name: the season machine’s statecharts agree with the model',
    ({ run, session }) => {
      const stories = machineStories(session);
      for (const [id, record] of Object.entries(modelStories(run.state))) {
        const story = stories[id]!;
        expect(story.context.beats, id).toEqual(record.beats);
        expect(story.context.crisisWeek, id).toBe(record.crisisWeek ?? null);
        expect(story.context.lines.rescue, id).toEqual(record.rescue?.lines ?? []);
        expect(story.context.lines.review, id).toEqual(record.review?.lines ?? []);
        const deal = run.state.deals.find((d) => d.storyId === id)!;
        expect(story.context.lines.coach.length > 0, id).toBe(Boolean(deal.conversationHeld));
        if (record.review) expect(story.value, id).toBe('done');
        else if (deal.status === 'lost') expect(story.value, id).toBe('closing');
      }
    },
  );

  test('stepped live decision by decision, the statecharts end as a machine started from the log', () => {
    const { session } = played[0]!;
    const live = createActor(seasonMachine, {
      input: { setup, session: newSession(setup.id, 'v', session.seed) },
    });
    live.start();
    for (const decision of decisionsOf(session)) {
      if (live.getSnapshot().matches('quarterReview')) live.send({ type: 'quarter.continue' });
      live.send(decision);
    }
    const stepped = Object.fromEntries(
      Object.entries(live.getSnapshot().context.stories).map(([id, ref]) => [
        id,
        { value: ref.getSnapshot().value, context: ref.getSnapshot().context },
      ]),
    );
    expect(stepped).toEqual(machineStories(session));

    // Rewound to week 10: the statecharts are those of the log up to then.
    live.send({ type: 'season.rewind', week: 10 });
    const rewound = live.getSnapshot().context;
    const fromLog = machineStories(rewound.session);
    for (const [id, ref] of Object.entries(rewound.stories))
      expect({ value: ref.getSnapshot().value, context: ref.getSnapshot().context }).toEqual(
        fromLog[id],
      );
    live.stop();
  });
});

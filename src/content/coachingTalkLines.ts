/**
 * The words of the generic coaching talks: coaching a deal that has no
 * authored story (or whose story has been held). For each deal-strategy idea
 * (after /shared/DEAL-STRATEGY.md): the weak plans a rep brings at each stage
 * of a deal, the questions a manager can ask so the rep finds the gap (each
 * with the rep's answer: what they see now, and their own next step), and the
 * instructions a manager can give instead (each with the rep's answer: they
 * will do it). Any plan of an idea goes with any question and any
 * instruction of that idea, so they are written to fit one another.
 * `{customer}` and `{rep}` are filled in.
 *
 * An instruction never reads as a question and never starts with "Ask": the
 * player must be able to tell the two apart by the words alone (a test holds
 * every line to it).
 */
import type { DealIdea, DealStage } from '../sim/vocabulary';

/** When in the deal a plan is brought: the three coaching stages, and late (a request for help). */
export const talkMoments = ['qualify', 'discover', 'propose', 'late'] as const;
export type TalkMoment = (typeof talkMoments)[number];

export function talkMoment(stage: DealStage): TalkMoment {
  return stage === 'negotiate' || stage === 'decide' ? 'late' : stage;
}

/** The manager's line and the rep's answer. */
export interface Exchange {
  line: string;
  reply: string;
}

export interface IdeaTalks {
  /** The rep's plan, weak on this idea, as the rep says it, by moment. */
  plans: Record<TalkMoment, readonly string[]>;
  /** Questions that help the rep see the gap; the rep finds it and names their own next step. */
  asks: readonly Exchange[];
  /** Instructions that tell the rep what to do; the rep agrees. */
  tells: readonly Exchange[];
}

export const coachingTalkLines: Record<DealIdea, IdeaTalks> = {
  'business-goal': {
    plans: {
      qualify: [
        '{customer} took the meeting after they saw our advert. They want a demo of everything next week, so I have booked two hours.',
        '{customer} would be a great logo for us. They are growing fast, so they must need us. I am putting them in the forecast.',
      ],
      discover: [
        '{customer} loved the demo. They said the dashboards are exactly what they have been missing, so I am sending the proposal this week.',
        'Their team at {customer} asked for a feature list and a price. I am sending both today while they are keen.',
      ],
      propose: [
        'The proposal for {customer} is ready: twelve pages on our features and the roadmap. I think it covers everything they could ask.',
        '{customer} wants a pilot before they buy. I have said yes to a free month, starting Monday.',
      ],
      late: [
        '{customer} has gone quiet since the proposal. I am going to send a discount to get them talking again.',
        'Their buyer at {customer} says the board is hesitating. I thought they were sold after the demo.',
      ],
    },
    asks: [
      {
        line: 'What happens to {customer} if they do nothing this year? What does the problem cost them?',
        reply:
          'Honestly, I do not know. They liked the features, but I never heard what hurts. Before anything else goes out, I will ask their operations lead what the problem costs them each month.',
      },
      {
        line: 'Why are they looking now, and not last year? What changed for them?',
        reply:
          'I do not know what changed. They never said, and I never asked. I will call my contact tomorrow and ask what made this a priority now.',
      },
      {
        line: 'If this works, what will their operations lead be able to tell the board in a year?',
        reply:
          'That is the thing: I cannot say. I have their wish list, not their goal. I will ask the operations lead what result they have promised, and build from that.',
      },
      {
        line: 'Which of their numbers gets worse every month they wait?',
        reply:
          'Late orders, probably, but that is my guess, not theirs. I will ask them to show me the figure and what it costs them.',
      },
      {
        line: 'Whose problem is this at {customer}, and what is it costing that person?',
        reply:
          'My contact likes us, but it is not her problem. It belongs to their head of service, and I have never met him. I will ask her to bring him into the next call.',
      },
      {
        line: 'If you left the features out, how would you explain why they should buy?',
        reply:
          'I would struggle, to be honest. I have been selling screens, not a fix. Before the next meeting I will write their problem down in their words and check it with them.',
      },
    ],
    tells: [
      {
        line: 'Before anything else goes out, get them to name the business problem and its cost, then build everything around that.',
        reply: 'OK. I will find out about the problem first.',
      },
      {
        line: 'Find out what changed at {customer} to make them look now. Open the next meeting with that, not the demo.',
        reply: 'Fine. I will open with what changed for them.',
      },
      {
        line: 'Put a number on their problem with them before you send anything else: hours lost, orders late, money spent.',
        reply: 'Right. I will get a number from them before the next email.',
      },
      {
        line: 'Stop adding features. Write their goal at the top of the page in their words, and cut whatever does not serve it.',
        reply: 'Got it. Their goal first, and I will cut the rest.',
      },
      {
        line: 'Get twenty minutes with the person who owns the problem, and hear it from them.',
        reply: 'OK. I will get a meeting with whoever owns it.',
      },
    ],
  },
  'decision-process': {
    plans: {
      qualify: [
        'My contact at {customer} says she can sign anything under a hundred thousand, so this one is simple.',
        '{customer} wants to move fast. They said they can decide in two weeks, so it is in this month’s forecast.',
      ],
      discover: [
        'My contact at {customer} says it is basically approved. We are just waiting on a signature.',
        'Everyone I have met at {customer} loves it. I do not see who could say no.',
      ],
      propose: [
        'The proposal went to {customer} on Friday. They said they would come back to us once it has been reviewed.',
        '{customer} says legal just needs a quick look, then we are done. I have told our team to expect it this week.',
      ],
      late: [
        '{customer} told me procurement has picked it up and wants three quotes. I did not know they had a procurement team.',
        'The finance director at {customer} has asked for a call. I have never spoken to her.',
      ],
    },
    asks: [
      {
        line: 'Walk me through what happens between their yes and a signed order. Who else has to agree?',
        reply:
          'I assumed my contact signs, but at this size it goes to their finance director, and procurement wants three quotes. I will sit down with my contact on Thursday and map every step, with names and dates.',
      },
      {
        line: 'Who at {customer} could stop this, even if everyone you have met says yes?',
        reply:
          'Their IT security team, now I think of it: they review every new supplier, and I have never spoken to them. I will ask my contact to introduce me this week.',
      },
      {
        line: 'The last time they bought something this size, how did it get signed?',
        reply:
          'No idea. I have been treating it like a small order. I will ask my contact how their last big purchase went, step by step.',
      },
      {
        line: 'What does their procurement team need from us, and by when?',
        reply:
          'I do not know what they need or when. I have never spoken to anyone in procurement there. I will find out who runs it and what they need from us, before it holds us up.',
      },
      {
        line: 'If your contact’s boss said no tomorrow, would you see it coming?',
        reply:
          'No, I would not. I know the people I meet, not the ones above them. I will ask my contact who signs off their budget and what that person will want to see.',
      },
      {
        line: 'What dates have they given you for each step, and who gave them?',
        reply:
          'Only the date I hoped for. Nobody on their side has committed to any step. I will build the timeline with my contact, with a name on each date.',
      },
    ],
    tells: [
      {
        line: 'Get the name of everyone who signs or can say no, and the dates procurement and legal need, this week.',
        reply: 'Fine. I will find out who else signs and when.',
      },
      {
        line: 'Map the steps from their yes to a signed order on one page, with a name and a date on each, and send it to me.',
        reply: 'OK. I will draw up the map and send it over.',
      },
      {
        line: 'Get our contract to their legal team now, not after they say yes. That review always takes longer than they think.',
        reply: 'Right. I will send the contract to their legal team today.',
      },
      {
        line: 'Meet the person who controls the budget before the proposal goes in. A yes from your contact is not a yes from them.',
        reply: 'Got it. I will get a meeting with the budget holder.',
      },
      {
        line: 'Take it out of this month’s forecast until someone who can sign has given you a date.',
        reply: 'OK. I will take it out until I have a date from them.',
      },
    ],
  },
  champion: {
    plans: {
      qualify: [
        'My contact at {customer} is really friendly and always takes my calls. She will push it through for us.',
        'I met a junior analyst from {customer} at the conference. He is a big fan, so I think we are in.',
      ],
      discover: [
        'The project lead at {customer} says he loves us, but he wants to present to his boss on his own.',
        'My contact at {customer} told me everything about the other bids. She is definitely on our side.',
      ],
      propose: [
        'My contact at {customer} will take the proposal into their steering meeting. I do not need to be there.',
        '{customer} moved my contact to another project last week, but the new person seems nice.',
      ],
      late: [
        'My contact at {customer} is leaving next month. She says it will be fine: her replacement knows about us.',
        'My contact at {customer} has stopped answering. I think she lost the argument inside, but I do not know who won.',
      ],
    },
    asks: [
      {
        line: 'When we are not in the room, who argues for us, and what do they get out of it?',
        reply:
          'I am not sure anyone does. My contact is friendly but cannot spend money, and I do not know whether they would stick their neck out. I will ask what their boss needs to see, and whether they will get me twenty minutes with the boss.',
      },
      {
        line: 'What has your contact done for us that cost them something?',
        reply:
          'Nothing yet, really. Kind words, but not a single door opened. I will ask for a meeting with the budget holder and see whether it happens.',
      },
      {
        line: 'What does your contact win personally if this goes through?',
        reply:
          'I have never asked. If there is nothing in it for them, they will not fight for it. I will find out what my contact is measured on and tie our plan to it.',
      },
      {
        line: 'If your contact left tomorrow, who would carry this for us?',
        reply:
          'Nobody. Everything runs through one person. I will ask who else on their team cares about the problem, and meet them this month.',
      },
      {
        line: 'When your contact has pushed for something before, did it happen?',
        reply:
          'I do not know their track record. Friendly is not the same as influential. I will find out how decisions like this usually get made over there.',
      },
      {
        line: 'How will your contact sell this to their steering group, in their own words?',
        reply:
          'I have never heard the pitch. I will ask my contact to walk me through what they will say, and help with the numbers.',
      },
    ],
    tells: [
      {
        line: 'Find someone with real influence who wins when we win, and test them: get them to set up the meeting with their boss.',
        reply: 'Right. I will see whether my contact will introduce me to the boss.',
      },
      {
        line: 'Give your contact a one-page case to take into their steering meeting, and go through it together first.',
        reply: 'OK. I will write the page and go through it with them.',
      },
      {
        line: 'Meet two more people at {customer} this month. One contact is one point of failure.',
        reply: 'Fine. I will meet two more people there.',
      },
      {
        line: 'Get your contact to bring their boss to the next call. If they will not, they are not our champion.',
        reply: 'Got it. I will get the boss on the next call.',
      },
      {
        line: 'Stop treating a friendly contact as a champion. Find the person who gains most from fixing this, and earn their support.',
        reply: 'OK. I will find who gains most and go to them.',
      },
    ],
  },
  competition: {
    plans: {
      qualify: [
        'We are the only ones talking to {customer}. No competition on this one.',
        '{customer} looked at other suppliers last year and nothing fitted. So it is us or nothing, and they want something.',
      ],
      discover: [
        '{customer} uses spreadsheets for this today. That is not real competition.',
        'Their buyer at {customer} asked how we compare with the big vendor. I told her we are better and moved on.',
      ],
      propose: [
        '{customer} has another quote in, but I am sure ours is better. I will send the proposal as it is.',
        'The IT team at {customer} thinks they can build it themselves. That will never work, so I am ignoring it.',
      ],
      late: [
        '{customer} says a rival came in twenty percent cheaper. I think we have to match it.',
        '{customer} told me they might wait a year and keep things as they are. I did not see that coming.',
      ],
    },
    asks: [
      {
        line: 'If they do not pick us, what do they pick instead?',
        reply:
          'I am not sure, and that is the problem. It could be another vendor, something their own team builds, or carrying on as they are, and I have not shown why we beat any of them. I will ask them what they would do without us.',
      },
      {
        line: 'What would {customer} do if we vanished tomorrow?',
        reply:
          'Buy from someone else or carry on as they are, and I do not know which. Either way, I have not made the case against it. I will ask them what the current way costs them and who else they are talking to.',
      },
      {
        line: 'Why would they choose us over the other option, in their words, not ours?',
        reply:
          'I can only say it in our words, which means I do not know. I will ask my contact what else they are considering and what they like about it.',
      },
      {
        line: 'Who else have they talked to, and what did they like about them?',
        reply:
          'I know less than I thought. I never asked who else they have seen or what impressed them. I will ask straight out on the next call.',
      },
      {
        line: 'When they weigh up our price, what are they holding it up against?',
        reply:
          'I am not sure. It could be another quote or the cost of carrying on as they are, and I have not asked which. I will find out what they compare us with, and answer that.',
      },
      {
        line: 'Where would a cheaper rival beat us, honestly?',
        reply:
          'On price, and maybe on how fast they can start. We win on support and reporting, but I have not tied those to what this customer needs. I will show them where that difference pays off.',
      },
    ],
    tells: [
      {
        line: 'Assume there is an alternative: another vendor, building it themselves, or doing nothing. Find out which, and why we win against it.',
        reply: 'OK. I will find out who else they are looking at.',
      },
      {
        line: 'Find out who else is bidding before the proposal goes in, and write one paragraph on why we beat each of them.',
        reply: 'Fine. I will find out and write it up.',
      },
      {
        line: 'Treat doing nothing as a rival. Show them what waiting costs before you show them our price.',
        reply: 'Right. I will lead with what waiting costs them.',
      },
      {
        line: 'Do not cut our price to beat an alternative. Show them where our difference pays for itself, and let them decide.',
        reply: 'OK. I will hold our price and show them the difference.',
      },
      {
        line: 'Write down every option they have, doing nothing included, and next to each why we win. Bring it to our next one-to-one.',
        reply: 'Got it. I will write up every option and bring it.',
      },
    ],
  },
  value: {
    plans: {
      qualify: [
        '{customer} asked for our price list on the first call. I sent it, so they know where we stand.',
        '{customer} has a small budget this year. I will start with our cheapest package to get in the door.',
      ],
      discover: [
        '{customer} says we are over their budget. If we take fifteen percent off, I think they will sign.',
        'The buyer at {customer} likes the product but calls it a nice-to-have. I am offering extra training to sweeten it.',
      ],
      propose: [
        'The proposal for {customer} has our price on page one and the discount on page two. That should get their attention.',
        '{customer} asked for a business case, so I have sent them our standard slides on return on investment.',
      ],
      late: [
        'Procurement at {customer} wants ten percent off or they walk. I think we should just give it.',
        '{customer} asked for three months free to cover the switch-over. I was going to agree.',
      ],
    },
    asks: [
      {
        line: 'How would their finance director put a number on what this fixes?',
        reply:
          'I have not asked. They process invoices by hand; if we cut that in half, that is two people’s time every month. I will work the numbers out with their finance lead before we talk price again.',
      },
      {
        line: 'What is the problem costing {customer} each month, in their own figures?',
        reply:
          'I do not have their figures, only ours. I will ask their operations lead for the monthly cost and check the sum with her.',
      },
      {
        line: 'If they paid full price, what would they get back, and how soon?',
        reply:
          'I think they would earn it back within a year, but I have never shown them. I will work through the payback with their finance lead before we talk price.',
      },
      {
        line: 'Who at {customer} signs off the value, and have they agreed with your numbers?',
        reply:
          'Nobody has agreed anything: the numbers are mine. I will go through them with their finance lead and let her change them.',
      },
      {
        line: 'What would you say if they asked why we cost more than the cheapest option?',
        reply:
          'Right now I would offer a discount, which tells them we are not worth it. I will build the answer from what they lose each month without us.',
      },
      {
        line: 'Is the budget their real limit, or the number they give every supplier?',
        reply:
          'I do not know; I took it at face value. I will ask what the budget was built on, and whether a clear return would change it.',
      },
    ],
    tells: [
      {
        line: 'Do not talk discount. Build the value case with them in their own numbers, money, time and risk, and get them to agree it.',
        reply: 'Got it. I will put a value case together instead of a discount.',
      },
      {
        line: 'Stop leading with price. Open with what the problem costs them and what they get back.',
        reply: 'OK. Their costs first, our price after.',
      },
      {
        line: 'Work out the payback with their finance lead, in their figures, before you send any new price.',
        reply: 'Fine. I will meet their finance lead first.',
      },
      {
        line: 'Hold the price. If they want something off, take something out of the scope in return.',
        reply: 'Right. Nothing comes off unless something comes out.',
      },
      {
        line: 'Put one page in front of them with their own numbers, and check every figure with them.',
        reply: 'OK. One page, their numbers, checked with them.',
      },
    ],
  },
  'compelling-event': {
    plans: {
      qualify: [
        '{customer} wants something in place at some point this year. No rush, so I will keep in touch.',
        '{customer} will decide once their new director starts. I do not know when that is.',
      ],
      discover: [
        'I need {customer} to sign by the end of our quarter, so I am pushing them for the 30th.',
        '{customer} keeps saying next month. I will follow up every week until they are ready.',
      ],
      propose: [
        'I have told {customer} the price goes up at the end of the month. That gives them a deadline.',
        'The proposal to {customer} says we can start whenever they like. I wanted to stay flexible.',
      ],
      late: [
        '{customer} has pushed the decision to next quarter. I was counting on it this month.',
        '{customer} says they will sign, but not before their budget review. I do not know when that is.',
      ],
    },
    asks: [
      {
        line: 'Why would they decide this quarter rather than next? Whose date would that be?',
        reply:
          'Ours, not theirs. They did mention their old contract ends in March. I will ask what has to be live before then and plan back from that date.',
      },
      {
        line: 'What happens at {customer} on the day this goes live, and what if that day slips?',
        reply:
          'I do not know what going live is tied to. If nothing happens when it slips, they will keep waiting. I will ask what this has to be ready for.',
      },
      {
        line: 'What date matters to them this year: a contract ending, an audit, a launch?',
        reply:
          'They mentioned their old supplier’s contract ends in the spring, and I let it pass. I will ask for the exact date and plan back from it.',
      },
      {
        line: 'If they signed a month late, what would it cost them, not us?',
        reply:
          'Nothing, as far as I know, which is why they are not moving. I will find out what waiting really costs them and whether anything falls due.',
      },
      {
        line: 'Working back from the day they need it live, when do they have to sign?',
        reply:
          'I have never worked it backwards; all I have is our quarter end. I will build the timeline with them, starting from the day they need it.',
      },
      {
        line: 'Who at {customer} is under pressure to have this done by a certain date?',
        reply:
          'Not my contact. Maybe their operations director, who has the audit coming. I will get a meeting with him and learn his deadline.',
      },
    ],
    tells: [
      {
        line: 'Find a date that matters to them, a launch, a contract ending, an audit, and build the plan back from it.',
        reply: 'OK. I will look for a date that matters to them.',
      },
      {
        line: 'Stop pushing our quarter end. Find their own date and build the timeline back from it with them.',
        reply: 'Fine. I will stop pushing ours and find theirs.',
      },
      {
        line: 'Write the timeline from their go-live date back to today, and agree it with your contact.',
        reply: 'Right. I will draft it and agree it with my contact.',
      },
      {
        line: 'Take it out of this quarter’s forecast until they give you a date that is theirs.',
        reply: 'OK. I will move it out until they give me their date.',
      },
      {
        line: 'Find out which meeting at {customer} has to approve this and when it sits, then plan the proposal to reach it.',
        reply: 'Got it. I will find the meeting and its date.',
      },
    ],
  },
};

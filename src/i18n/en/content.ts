/**
 * English content, written in plain language (LIX ≤ 40) for international
 * staff in Norwegian public bodies. It follows the structure of nb.ts; the
 * names of the model's parts are English versions of those in
 * Meld. St. 30 (2019–2020).
 */
import type { LinkFilmSource, ModelContent } from '../../model/types.js';
import { DFO_FILM_PAGE } from '../dfo-film-page.js';

/**
 * The built-in films link to DFØ's page about the model, which lists all four. Each film gets a
 * copy: a copy of the content (`structuredClone`) may then change one film without the others.
 */
const FILM_SOURCE: LinkFilmSource = {
  kind: 'link',
  ...DFO_FILM_PAGE,
  label: 'Find the film on DFØ’s page about the model',
};

export const en: ModelContent = {
  lang: 'en',
  title: 'Culture of innovation',
  description:
    'At the centre of the model is a culture marked by curiosity, courage and openness. Four leadership practices surround the core. You can open each part to read more.',
  sourceNote:
    'The model comes from the white paper Meld. St. 30 (2019–2020) “En innovativ offentlig sektor – kultur, ledelse og kompetanse” (An innovative public sector – culture, leadership and competence). The Norwegian Agency for Public and Financial Management (DFØ) offers leaders learning material on the model. We wrote the explanations and questions here ourselves. They are not text from DFØ.',

  core: {
    title: 'Culture of innovation',
    body: [
      'New solutions rarely come from a plan alone. They come when people feel safe to ask questions, try things out and speak up. Culture decides whether that happens.',
      'That is why culture is at the centre of the model. It is marked by curiosity, courage and openness. The four practices around it show what you can do as a leader to strengthen it.',
      'You cannot decide on a culture in a meeting. It grows from what you and your colleagues do every day. What you can train are the four practices. Over time, they shape the culture.',
    ],
    values: [
      {
        id: 'nysgjerrighet',
        label: 'Curiosity',
        text: 'You ask why we do things the way we do. You want to know what users need. You also look for good ideas outside your own unit.',
      },
      {
        id: 'mot',
        label: 'Courage',
        text: 'You have the courage to try something new, even if you do not know how it will go. You speak up when something does not work.',
      },
      {
        id: 'apenhet',
        label: 'Openness',
        text: 'You share what you know, including what went wrong. You listen to people in other fields, to users and to those who disagree.',
      },
    ],
  },

  practices: [
    {
      id: 'muligheter-og-retning',
      title: 'See opportunities and set direction',
      label: 'See opportunities,\nset direction',
      intro:
        'As a leader, you help people see what is possible. At the same time, you show where the team is going. Then everyone knows what they can try, and why.',
      body: [
        'Start with the users. What do people struggle with when they deal with you? A form that no one understands is a good place to start. So is a queue that never gets shorter.',
        'Look beyond the case on your desk today. Ask whether the solutions you make now will still work in five years. Also think about who else they affect.',
        'Set a clear direction, but do not hand out a step-by-step plan. Say what you want to achieve, and let the team find out how. A goal such as “reply within two weeks” says more than “become more digital”.',
        'Repeat the direction often, and link it to what people are doing now. When someone has an idea, look at it together. Does it bring you closer to the goal?',
      ],
      film: {
        title: 'See opportunities and set direction',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'If you could choose freely, which user problem would you solve first?',
          'How would you explain the goal of your unit in one minute?',
          'Which opportunities have you put aside because daily operations took all your time?',
          'What do you do when a good idea does not fit the plan?',
        ],
        team: [
          'What do users complain about most, and what does that tell us?',
          'Where do we want to be in three years, and what will we do differently then?',
          'Which tasks could we stop doing without anyone missing them?',
          'Who has solved a similar task before us, and what can we learn from them?',
        ],
        leaders: [
          'How do we make sure all leaders tell the same story about where we are going?',
          'Which opportunities do we see across units that none of us owns alone?',
          'Which ideas do we put aside because our plans are fixed too far ahead?',
          'How do we make room for new ideas in budgets and plans?',
        ],
      },
    },
    {
      id: 'tillit-og-risikovilje',
      title: 'Show trust and willingness to take risks',
      label: 'Show trust\nand take risks',
      intro:
        'Nothing new happens until someone tries. People only try when they know their leader will back them. Your job is to show trust and make the risks clear.',
      body: [
        'Give people responsibility for whole tasks, not just small parts. Say what they should achieve and what the limits are. Then let them decide for themselves how to do it.',
        'Talk about risk before you start, not after. What is the worst that could happen, and who would it affect? Agree on which risks you can live with. Then find ways to reduce the rest.',
        'Start small. A test with ten users is very different from a new service for the whole country. Try a new way of working in one office for a month before everyone starts using it. Then mistakes are cheap and easy to fix.',
        'When something goes wrong, ask what you learned, not whose fault it was. How you handle the first mistake decides whether people feel safe to try again.',
      ],
      film: {
        title: 'Show trust and willingness to take risks',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Which tasks do you hold on to that others could take over?',
          'How did you react the last time someone in your team made a mistake?',
          'How much risk are you willing to take yourself, and what sets your limit?',
          'What do you need in order to trust your team more?',
        ],
        team: [
          'Which risks can we live with here, and how do we reduce the rest?',
          'Which choices can we make ourselves, without asking the leader first?',
          'How can we test the idea on a small scale before we use it everywhere?',
          'What would make you speak up about a mistake right away?',
        ],
        leaders: [
          'Which of our rules and habits make people afraid to try something new?',
          'How do we talk about mistakes in management meetings, and what do people learn from that?',
          'How much risk can we accept, and who decided that limit?',
          'How do we show that we support people who tried something that did not work?',
        ],
      },
    },
    {
      id: 'samarbeid-og-involvering',
      title: 'Invite collaboration and involvement',
      label: 'Invite collaboration\nand involvement',
      intro:
        'Good solutions rarely come from one person or one unit. So you need to invite others in: colleagues, users and outside experts. Then you see the issue from several sides.',
      body: [
        'Involve users early. Let them try a draft letter or form before you send it out. Five short conversations can tell you more than a long report.',
        'Put together teams with different skills. A caseworker, a lawyer and an IT person see different things. Give them time and space to work together.',
        'Make sure everyone gets a say in meetings. Let those who usually say the least speak first. Ask who disagrees, and why. If you speak first, you often steer the answer.',
        'Be a good partner to others yourself. Share your plans early with other units and agencies. Ask what they need from you, not just what you need from them.',
      ],
      film: {
        title: 'Invite collaboration and involvement',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Who do you bring in to solve a hard problem, and who do you forget?',
          'How can others in the meeting tell that you want to hear their views?',
          'When did you last change your mind after input from someone in your team?',
          'Which users have you talked to in the last month, and what did you learn?',
        ],
        team: [
          'Who outside the team should take part in the work we are doing now?',
          'What stops us from saying what we really think?',
          'How can we get input from users before we decide?',
          'What can we help other units with, and what can they help us with?',
        ],
        leaders: [
          'Which tasks do we solve on our own that we should solve together?',
          'How do we reward teamwork across units, and not just reaching our own goals?',
          'Who should we invite to give us a new view of our biggest problem?',
          'How do we make sure staff can give their views before big changes?',
        ],
      },
    },
    {
      id: 'laere-og-endre-praksis',
      title: 'Learn and change practice',
      label: 'Learn and\nchange practice',
      intro:
        'Learning is more than knowing something new. It means that you do things differently afterwards. As a leader, you make time for learning. You also help people break old habits.',
      body: [
        'Set aside time to look back. After a project or a busy period, have a short talk together. What went well, what went badly, and what will we do now?',
        'Find out what is really wrong before you choose a solution. Talk to the people it affects, and look at figures you already have. The cause is often not what you thought.',
        'Old habits are hard to break. Make the new way easy and the old way hard. For example, remove the old form when the new one is ready.',
        'Show that you are learning too. Tell others about something you have changed your mind about. Then it is easier for them to do the same.',
      ],
      film: {
        title: 'Learn and change practice',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'What have you learned in the last six months that has changed the way you lead?',
          'Which of your own habits stand in the way of change?',
          'How do you find out whether what you do really works?',
          'Who gives you honest answers, and how often do you ask them?',
        ],
        team: [
          'What do we do only because we have always done it?',
          'What did we learn from the last case that went wrong?',
          'How do we share what we learn, so that others do not have to start from the beginning?',
          'Which habit do we want to change first, and how will we know that it works?',
        ],
        leaders: [
          'Which lessons from other units are we not using, and why?',
          'How do we give people time to learn in a busy working day?',
          'What does it take for a good idea to become standard practice across the organisation?',
          'Which old solutions do we keep alive only because they are familiar?',
        ],
      },
    },
  ],
};

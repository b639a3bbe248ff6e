/**
 * The publications the model relies on, one entry per publication. Every assumption, preset, reported figure and
 * reconciliation row cites these by id; the page lists them under "Sources" (anchor `source-<id>`).
 *
 * - `id` is stable: links to `#source-<id>` and citations in code use it. Never rename one.
 * - `publisher` is the outlet that published the text; `via` names a relay that reported it where the relay is
 *   what we read (with its address when the original has none we could check).
 * - `date` is ISO: 'YYYY-MM-DD', 'YYYY-MM' when only the month is known, 'YYYY' when only the year is.
 * - `title` is the publication's own headline; a title in [square brackets] is our description of a report whose
 *   headline we could not check.
 * - `url` only where a public address is known (https); none is guessed.
 * - `confidence`: High = company post or filing, or several independent major outlets; Med-High = a major outlet
 *   with corroboration; Med = one major outlet, or one relayed by a secondary page; Low = a single aggregator,
 *   an opinion piece or an unverified relay.
 */
export interface SourceEntry {
  readonly id: string;
  readonly publisher: string;
  readonly date: string;
  readonly title: string;
  readonly url?: string;
  readonly via?: { readonly publisher: string; readonly url?: string };
  readonly confidence: 'High' | 'Med-High' | 'Med' | 'Low';
}

export const SOURCES = [
  // Deal terms: company posts and filings
  {
    id: 'microsoft-2019-07-partnership',
    publisher: 'Microsoft',
    date: '2019-07-22',
    title:
      'OpenAI forms exclusive computing partnership with Microsoft to build new Azure AI supercomputing technologies',
    url: 'https://news.microsoft.com/2019/07/22/openai-forms-exclusive-computing-partnership-with-microsoft-to-build-new-azure-ai-supercomputing-technologies/',
    confidence: 'High',
  },
  {
    id: 'openai-2019-03-lp',
    publisher: 'OpenAI (Greg Brockman, Ilya Sutskever)',
    date: '2019-03-11',
    title: 'OpenAI LP',
    url: 'https://openai.com/index/openai-lp/',
    confidence: 'High',
  },
  {
    id: 'semafor-2023-01-terms',
    publisher: 'Semafor',
    date: '2023-01-09',
    title:
      '[Microsoft in talks to invest $10 billion in OpenAI at a $29 billion valuation; 75% of profits until it recoups, then 49%]',
    via: {
      publisher: 'Reuters, as republished by The Hindu',
      url: 'https://www.thehindu.com/sci-tech/technology/microsoft-in-talks-invest-10-billion-ai-openai-chatgpt/article66359601.ece',
    },
    confidence: 'Med',
  },
  {
    id: 'bloomberg-2023-01-investment',
    publisher: 'Bloomberg',
    date: '2023-01-23',
    title: 'Microsoft Adds $10 Billion to Investment in ChatGPT Maker OpenAI',
    via: {
      publisher: 'Los Angeles Times',
      url: 'https://www.latimes.com/business/story/2023-01-23/microsoft-invests-10-billion-chatgpt-maker-openai',
    },
    confidence: 'Med-High',
  },
  {
    id: 'zdnet-2023-01-investment',
    publisher: 'ZDNet',
    date: '2023-01-23',
    title: "Microsoft just made a huge investment in ChatGPT maker OpenAI. Here's why",
    url: 'https://www.zdnet.com/article/microsoft-just-made-a-huge-investment-in-chatgpt-maker-openai-heres-why/',
    confidence: 'Low',
  },
  {
    id: 'microsoft-2025-01-rofr',
    publisher: 'Microsoft',
    date: '2025-01-21',
    title: 'Microsoft and OpenAI evolve partnership to drive the next phase of AI',
    url: 'https://blogs.microsoft.com/blog/2025/01/21/microsoft-and-openai-evolve-partnership-to-drive-the-next-phase-of-ai/',
    confidence: 'Med-High',
  },
  {
    id: 'openai-2025-01-stargate',
    publisher: 'OpenAI',
    date: '2025-01-21',
    title: 'Announcing The Stargate Project',
    url: 'https://openai.com/index/announcing-the-stargate-project/',
    confidence: 'High',
  },
  {
    id: 'openai-2025-10-recap',
    publisher: 'OpenAI',
    date: '2025-10-28',
    title: 'The next chapter of the Microsoft–OpenAI partnership',
    url: 'https://openai.com/index/next-chapter-of-microsoft-openai-partnership/',
    confidence: 'High',
  },
  {
    id: 'microsoft-8k-2025-10',
    publisher: 'Microsoft',
    date: '2025-10-28',
    title: 'The next chapter of the Microsoft–OpenAI partnership (also filed as Exhibit 99.2 to Form 8-K)',
    url: 'https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/',
    confidence: 'High',
  },
  {
    id: 'microsoft-10q-2025-09',
    publisher: 'Microsoft (SEC filing)',
    date: '2025-10',
    title: 'Form 10-Q for the quarter ended September 30, 2025, note on OpenAI (R26)',
    confidence: 'High',
  },
  {
    id: 'openai-2026-04-amendment',
    publisher: 'OpenAI',
    date: '2026-04-27',
    title: 'The next phase of the Microsoft–OpenAI partnership',
    url: 'https://openai.com/index/next-phase-of-microsoft-partnership/',
    confidence: 'High',
  },
  {
    id: 'cnbc-2026-04-amendment',
    publisher: 'CNBC',
    date: '2026-04-27',
    title: 'OpenAI shakes up partnership with Microsoft, capping revenue share payments',
    url: 'https://www.cnbc.com/2026/04/27/openai-microsoft-partnership-revenue-cap.html',
    confidence: 'High',
  },
  {
    id: 'the-information-2026-05-cap',
    publisher: 'The Information',
    date: '2026-05',
    title:
      '[Microsoft and OpenAI cap revenue-share payments at $38 billion, saving OpenAI ~$97 billion through 2030]',
    confidence: 'Med',
  },

  // Revenue share reporting
  {
    id: 'the-verge-2025-06-revenue-share',
    publisher: 'The Verge (Tom Warren, Notepad)',
    date: '2025-06',
    title: 'Inside Microsoft’s complicated relationship with OpenAI',
    confidence: 'Med',
  },
  {
    id: 'reuters-2025-05-share',
    publisher: 'Reuters',
    date: '2025-05-06',
    title: 'OpenAI plans to cut Microsoft revenue share after restructuring, The Information reports',
    confidence: 'Med',
  },
  {
    id: 'reuters-2025-10-share',
    publisher: 'Reuters',
    date: '2025-09',
    title:
      '[OpenAI projects sharing about 8% of revenue with commercial partners by 2030, down from 20%, The Information reports]',
    confidence: 'Med',
  },
  {
    id: 'webpronews-2025-10-memo',
    publisher: 'WebProNews',
    date: '2025-10',
    title: 'Microsoft-OpenAI Partnership Endures With New Collaboration Memo',
    url: 'https://www.webpronews.com/microsoft-openai-partnership-endures-with-new-collaboration-memo',
    confidence: 'Low',
  },
  {
    id: 'business-insider-2025-10-stake',
    publisher: 'Business Insider',
    date: '2025-09',
    title:
      'Microsoft is close to getting a giant new equity stake in OpenAI. It could be worth at least $150 billion.',
    url: 'https://africa.businessinsider.com/news/microsoft-is-close-to-getting-a-giant-new-equity-stake-in-openai-it-could-be-worth-at/n0ejfem',
    confidence: 'Med',
  },
  {
    id: 'the-information-2025-10-compute',
    publisher: 'The Information',
    date: '2025-10',
    title:
      '[OpenAI budgets up to $450 billion for servers through 2030, more with Oracle and others than with Microsoft; Microsoft keeps a 20% revenue share]',
    via: {
      publisher: 'Tiger Brokers community post, “Why OpenAI and Microsoft Are in an ‘Open Relationship’”',
      url: 'https://ttmnote.com/post/491609790136936',
    },
    confidence: 'Med',
  },
  {
    id: 'this-week-in-startups-2025',
    publisher: 'This Week in Startups (video)',
    date: '2025',
    title: 'This never works out. OpenAI and Microsoft think they’re different.',
    via: {
      publisher: 'summarizeyoutubevideo.com (summary of the video)',
      url: 'https://summarizeyoutubevideo.com/video/this-never-works-out-openai-and-microsoft-think-they-re-different-d4oh7Y5ZNDs',
    },
    confidence: 'Low',
  },

  // Microsoft's investment and stake
  {
    id: 'econotimes-2024-10-investment',
    publisher: 'EconoTimes',
    date: '2024-10',
    title: 'Microsoft Invests $750 Million in OpenAI’s Latest Funding Round',
    url: 'https://econotimes.com/Microsoft-NASDAQ-Makes-750-Million-Investment-in-OpenAIs-Latest-Funding-Round-1689380',
    confidence: 'Med',
  },
  {
    id: 'seed-decentralized-2025',
    publisher: 'Let’s Talk Bitcoin',
    date: '2025',
    title: 'Microsoft-OpenAI Partnership Evolves: Is Blockchain the Future of AI Computing?',
    url: 'https://letstalkbitco.in/microsoft-openai-partnership-evolves-is-blockchain-the-future-of-ai-computing',
    confidence: 'Low',
  },
  {
    id: 's1-2026-05-relay',
    publisher: 'Fortune',
    date: '2026-05',
    title: '[OpenAI files a confidential S-1; Microsoft holds 26.79% fully diluted]',
    via: {
      publisher: 'bitsminds.com',
      url: 'https://bitsminds.com/news/openai-confidential-s1-september-ipo-2026',
    },
    confidence: 'Low',
  },

  // OpenAI's valuation, revenue and projections
  {
    id: 'openai-2024-10-round',
    publisher: 'OpenAI',
    date: '2024-10-02',
    title: 'New funding to scale the benefits of AI',
    url: 'https://openai.com/index/scale-the-benefits-of-ai/',
    confidence: 'High',
  },
  {
    id: 'nyt-2024-09-finances',
    publisher: 'The New York Times',
    date: '2024-09-27',
    title: '[OpenAI’s financial documents: about $3.7 billion of revenue and a ~$5 billion loss in 2024]',
    via: {
      publisher: 'Business Standard',
      url: 'https://www.business-standard.com/amp/technology/tech-news/openai-projects-its-revenue-to-increase-to-11-6-billion-next-year-124092900747_1.html',
    },
    confidence: 'High',
  },
  {
    id: 'the-information-2024-10-projections',
    publisher: 'The Information',
    date: '2024-10',
    title: 'OpenAI Projections Imply Losses Tripling to $14 Billion in 2026',
    confidence: 'Med',
  },
  {
    id: 'the-information-2025-09-projections',
    publisher: 'The Information',
    date: '2025-09',
    title:
      '[OpenAI projects $115 billion of cash burn through 2029 and about $200 billion of revenue in 2030]',
    confidence: 'Med',
  },
  {
    id: 'openai-2025-10-secondary',
    publisher: 'Bloomberg',
    date: '2025-10-02',
    title: '[OpenAI completes a $6.6 billion employee share sale at a $500 billion valuation]',
    via: {
      publisher: 'News.Az',
      url: 'https://news.az/news/openai-hits-500-billion-valuation-surpassing-musk-s-spacex',
    },
    confidence: 'High',
  },
  {
    id: 'openai-2026-02-projections',
    publisher: 'CNBC',
    date: '2026-02-20',
    title:
      '[OpenAI tells investors it expects more than $280 billion of revenue in 2030 and about $600 billion of compute spend through 2030]',
    confidence: 'Med',
  },
  {
    id: 'reuters-2025-openai-revenue',
    publisher: 'Reuters',
    date: '2026-02-20',
    title: 'OpenAI expects compute spend of around $600 billion through 2030, source says',
    via: {
      publisher: 'The Indian Express',
      url: 'https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/',
    },
    confidence: 'Med',
  },
  {
    id: 'the-information-2025-revenue-2028',
    publisher: 'The Information',
    date: '2025',
    title: '[OpenAI expects to reach $100 billion in annual revenue in 2028]',
    via: { publisher: 'FourWeekMBA' },
    confidence: 'Med',
  },
  {
    id: 'techcrunch-2026-02-round',
    publisher: 'TechCrunch',
    date: '2026-02-27',
    title: 'OpenAI raises $110B in one of the largest private funding rounds in history',
    url: 'https://techcrunch.com/2026/02/27/openai-raises-110b-in-one-of-the-largest-private-funding-rounds-in-history/',
    confidence: 'High',
  },
  {
    id: 'openai-2026-03-round',
    publisher: 'OpenAI',
    date: '2026-03-31',
    title: 'OpenAI raises $122 billion to accelerate the next phase of AI',
    url: 'https://openai.com/index/accelerating-the-next-phase-ai/',
    confidence: 'High',
  },
  {
    id: 'the-information-2026-06-outlook',
    publisher: 'The Information',
    date: '2026-06',
    title:
      '[OpenAI’s 2026 outlook: an operating loss of about $14 billion; gross margin about 39% in Q1 2026]',
    via: { publisher: 'aktiego.com and devcraftly.com' },
    confidence: 'Low',
  },

  // Compute contracts
  {
    id: 'reuters-2025-03-coreweave',
    publisher: 'Reuters',
    date: '2025-03-10',
    title: '[OpenAI signs a five-year, $11.9 billion agreement with CoreWeave]',
    confidence: 'High',
  },
  {
    id: 'som2ny-2025-03-coreweave',
    publisher: 'Som2ny Network',
    date: '2025-03',
    title: 'CoreWeave & The Undoing of Microsoft-OpenAI Relationship',
    url: 'https://som2nynetwork.com/business/internet-business/coreweave-the-undoing-of-microsoft-openai-relationship',
    confidence: 'Low',
  },
  {
    id: 'reuters-2025-09-coreweave',
    publisher: 'Reuters',
    date: '2025-09-25',
    title: 'Exclusive: CoreWeave expands OpenAI pact with new $6.5 billion contract',
    confidence: 'High',
  },
  {
    id: 'reuters-2025-06-google',
    publisher: 'Reuters',
    date: '2025-06-10',
    title: 'OpenAI taps Google in unprecedented cloud deal despite AI rivalry, sources say',
    url: 'https://www.reuters.com/business/retail-consumer/openai-taps-google-unprecedented-cloud-deal-despite-ai-rivalry-sources-say-2025-06-10/',
    confidence: 'Med',
  },
  {
    id: 'wsj-2025-09-oracle',
    publisher: 'The Wall Street Journal',
    date: '2025-09-10',
    title: 'Oracle, OpenAI Sign $300 Billion Cloud Deal',
    url: 'https://www.wsj.com/business/openai-oracle-sign-300-billion-computing-deal-among-biggest-in-history-ff27c8fe',
    confidence: 'Med-High',
  },
  {
    id: 'openai-2025-09-nvidia',
    publisher: 'OpenAI',
    date: '2025-09-22',
    title: 'OpenAI and NVIDIA announce strategic partnership to deploy 10 gigawatts of NVIDIA systems',
    url: 'https://openai.com/index/openai-nvidia-systems-partnership/',
    confidence: 'High',
  },
  {
    id: 'openai-2025-10-amd',
    publisher: 'OpenAI',
    date: '2025-10-06',
    title: 'AMD and OpenAI announce strategic partnership to deploy 6 gigawatts of AMD GPUs',
    url: 'https://openai.com/index/openai-amd-strategic-partnership/',
    confidence: 'High',
  },
  {
    id: 'openai-2025-10-broadcom',
    publisher: 'OpenAI',
    date: '2025-10-13',
    title:
      'OpenAI and Broadcom announce strategic collaboration to deploy 10 gigawatts of OpenAI-designed AI accelerators',
    url: 'https://openai.com/index/openai-and-broadcom-announce-strategic-collaboration/',
    confidence: 'High',
  },
  {
    id: 'aws-2025-11',
    publisher: 'OpenAI',
    date: '2025-11-03',
    title: 'AWS and OpenAI announce multi-year strategic partnership',
    url: 'https://openai.com/index/aws-and-openai-partnership/',
    confidence: 'High',
  },
  {
    id: 'aws-2026-02-expansion',
    publisher: 'Amazon and OpenAI (announcement)',
    date: '2026-02-26',
    title:
      '[AWS agreement expanded by $100 billion over 8 years, with Amazon investing $50 billion in OpenAI]',
    via: { publisher: 'zilck.com', url: 'https://www.zilck.com/amazon-just-bet-50-billion-on-openai' },
    confidence: 'Med',
  },
  {
    id: 'cointelegraph-2026-01-decentralized-gpu',
    publisher: 'Cointelegraph',
    date: '2026-01',
    title: 'What role is left for decentralized GPU networks in AI?',
    via: {
      publisher: 'infinitsec.net',
      url: 'https://infinitsec.net/posts/what-role-is-left-for-decentralized-gpu-networks-in-ai-2026-1769792505118-94',
    },
    confidence: 'Med',
  },

  // Microsoft's economics and the law
  {
    id: 'microsoft-fy26-q2-earnings',
    publisher: 'Microsoft',
    date: '2026-01',
    title: '[Fiscal 2026 second-quarter earnings call: Microsoft Cloud gross margin 67%]',
    confidence: 'High',
  },
  {
    id: 'us-code-26-11',
    publisher: 'U.S. Code (Legal Information Institute, Cornell Law School)',
    date: '2017-12-22',
    title:
      '26 U.S. Code § 11 – Tax imposed (§ 11(b): 21 percent, as amended by Pub. L. 115-97 of Dec 22, 2017)',
    url: 'https://www.law.cornell.edu/uscode/text/26/11',
    confidence: 'High',
  },
] as const satisfies readonly SourceEntry[];

export type SourceId = (typeof SOURCES)[number]['id'];

export const SOURCE_BY_ID: ReadonlyMap<SourceId, SourceEntry> = new Map(SOURCES.map((s) => [s.id, s]));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A source's date as people read it: "Oct 28, 2025", "Oct 2025" or "2025". */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const m = MONTHS[Number(month) - 1]!;
  return day === undefined ? `${m} ${year}` : `${m} ${Number(day)}, ${year}`;
}

/** How a citation reads: "Publisher, date: Title". */
export function citationText(source: SourceEntry): string {
  return `${source.publisher}, ${formatSourceDate(source.date)}: ${source.title}`;
}

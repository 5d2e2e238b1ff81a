"""Caspian Daily (AnewZ-like) articles. Seed bodies are verbatim (see seed_articles_raw.json);
the others expand one seed teaser, which stays the article's lead, into a short sober report."""
import json, os

_SEED = json.load(open(os.path.join(os.path.dirname(__file__), 'seed_articles_raw.json'), encoding='utf-8'))


def _seed(key, **extra):
    d = dict(lead=_SEED[key]['lead'], body=[tuple(b) for b in _SEED[key]['body']])
    d.update(extra)
    return d


def _p(*paras):
    return [('p', x) for x in paras]


ARTICLES = [
    _seed('ots',
        slug='ots-think-tanks-baku-conference',
        title='OTS think tanks meet in Baku to chart regional cooperation',
        section='Region', byline='Aysel Mammadova', published='2026-11-18T10:30:00+04:00',
        caption='Participants of the think-tank conference “OTS as a Regional Actor During Global Uncertainty” in Baku.',
        tags=['Organization of Turkic States', 'Azerbaijan', 'Zangezur Corridor'], meta=True, color='#1f6f8b'),
    _seed('independence',
        # The seed cut this lead off mid-word ("fostering ec"); completed here.
        lead='On 16 December, Kazakhstan marked 33 years of independence, showcasing its steady progress and growing '
             'influence in Central Asia. Since gaining sovereignty in 1991, the nation has become a pivotal regional player, '
             'fostering economic growth and close partnerships with its neighbours, Azerbaijan foremost among them.',
        slug='kazakhstan-33-years-independence-azerbaijan',
        title='Kazakhstan at 33: the Middle Corridor and a deepening partnership with Azerbaijan',
        section='Analysis', byline='Rustam Aliyev', published='2026-11-18T16:45:00+04:00',
        caption='Containers at the Port of Aktau on the Caspian Sea.',
        tags=['Kazakhstan', 'Azerbaijan', 'Middle Corridor'], meta=False, color='#2a7d4f'),
    dict(slug='japan-record-snowfall-aomori',
        title='Record snowfall buries cities in northern Japan',
        section='World', byline='Leyla Huseynova', published='2026-11-18T07:50:00+04:00',
        lead='Heavy snow continued to batter northern and western Japan on Saturday (31 January) leaving cities buried under '
             'record levels of snowfall and prompting warnings from authorities. Aomori city in northern Japan recorded 167 '
             'centimetres of snow by Friday - the highest January total since 1945.',
        body=_p('The Japan Meteorological Agency warned of further heavy snow along the Sea of Japan coast, as well as the risk '
                'of avalanches and icy roads in mountainous areas.',
                'Local authorities sent snow-clearing crews out around the clock and urged residents, particularly older people, '
                'to take care when clearing snow from roofs and to avoid working alone.',
                'Some rail services and domestic flights in the affected regions were delayed or cancelled, and several schools '
                'closed for the day as roads remained difficult to use.',
                'Forecasters said temperatures would stay low over the coming days, slowing the melt in the worst-hit areas.'),
        caption='Snow piled along a street in Aomori.', tags=['Japan', 'Weather'], meta=True, color='#5b7fa3'),
    dict(slug='us-accuses-cuba-interfering-diplomat-havana',
        title='U.S. accuses Cuba of interfering with its top diplomat in Havana',
        section='World', byline='Elvin Rzayev', published='2026-11-18T19:15:00+04:00',
        lead='The United States accused Cuba of interfering with the work of its top diplomat in Havana on Sunday (1 February) '
             'after small groups of Cubans jeered at him during meetings with residents and church representatives.',
        body=_p('In a statement, the U.S. Embassy said the diplomat had been unable to hold his meetings without disruption and '
                'called on the Cuban authorities to respect the normal work of foreign diplomats.',
                'Cuban officials did not immediately respond to the accusation. Havana has in the past described contacts between '
                'the embassy and Cuban residents as interference in the country’s internal affairs.',
                'The dispute comes at a time of renewed strain between the two governments. Cuba’s Deputy Foreign Minister Carlos '
                'Fernández de Cossío has denied that Havana and Washington have entered formal negotiations, while saying the '
                'island remains open to dialogue under certain conditions.'),
        caption='The U.S. Embassy building on Havana’s seafront.', tags=['Cuba', 'United States'], meta=False, color='#8b3a3a'),
    dict(slug='uzbekistan-uranium-production-expansion',
        title='Uzbekistan accelerates plans to expand uranium production',
        section='Business', byline='Nigora Karimova', published='2026-11-18T12:20:00+04:00',
        lead='Uzbekistan is accelerating plans to expand uranium production and deepen international nuclear cooperation, '
             'positioning the sector as a pillar of long-term industrial growth and resource security.',
        body=_p('State-owned Navoiyuran, which manages the country’s uranium mining, is developing new deposits and working with '
                'foreign partners on exploration and processing, officials said.',
                'The government sees the sector as a way to support its own plans for nuclear power generation while earning '
                'export revenue from long-term supply contracts.',
                'Uzbekistan is already among the world’s leading uranium producers and has signed cooperation agreements with '
                'several countries in recent years covering mining, fuel supply and the training of specialists.',
                'Officials said further agreements with international partners were being prepared.'),
        caption='An in-situ leaching site in the Navoi region.', tags=['Uzbekistan', 'Energy', 'Uranium'], meta=True, color='#6b5b95'),
    _seed('tokayev',
        slug='tokayev-turkiye-visit-20-agreements',
        title='Tokayev’s visit to Türkiye ends with 20 agreements on energy, mining and transport',
        section='Region', byline='Aysel Mammadova', published='2026-11-19T14:05:00+04:00',
        caption='Kassym-Jomart Tokayev and Recep Tayyip Erdoğan at the signing ceremony in Ankara.',
        tags=['Kazakhstan', 'Türkiye', 'Middle Corridor', 'Energy'], meta=True, color='#b5651d'),
    dict(slug='us-agrees-move-iran-nuclear-talks-oman',
        title='U.S. ‘agrees to Iranian demand to move nuclear talks from Türkiye’',
        section='World', byline='Kamran Hasanov', published='2026-11-19T08:40:00+04:00',
        lead='Washington has accepted Tehran’s request to relocate planned nuclear talks, with negotiations now expected to take '
             'place in Oman on Friday (6 February), Axios reported.',
        body=_p('The meeting had been expected to take place in Türkiye. According to the report, Iranian officials asked for the '
                'venue to be moved to Oman and for the format to be limited to direct exchanges between the two delegations.',
                'Neither the White House nor Iran’s Foreign Ministry had publicly confirmed the new arrangements at the time of '
                'writing. Oman has hosted contacts between the two sides before and is seen by both as a discreet intermediary.',
                'The change of venue comes as both governments signal cautious interest in diplomacy while continuing to exchange '
                'warnings. Iranian President Masoud Pezeshkian said this week that talks should be pursued as long as “threats and '
                'unreasonable expectations” are avoided.',
                'Details of the delegations and the agenda are expected to be announced in the coming days.'),
        caption='The skyline of Muscat, Oman.', tags=['Iran', 'United States', 'Oman', 'Nuclear talks'], meta=True,
        color='#37474f', story='iran-us-oman-talks'),
    dict(slug='iran-us-oman-talks-venue-format-strategy',
        title='Venue switch to Oman puts Iran’s negotiating strategy in focus',
        section='Analysis', byline='Farid Guliyev', published='2026-11-19T17:30:00+04:00',
        lead='The United States and Iran are set to hold nuclear talks in Oman on Friday after Tehran requested a change of venue '
             'and a strictly bilateral, nuclear-focused format, a move that is fuelling questions about Iran’s negotiating strategy.',
        body=_p('Washington agreed earlier in the week to move the meeting away from Türkiye and to keep other governments out of '
                'the room, according to a report by Axios.',
                'Observers say the insistence on a nuclear-only agenda reflects Tehran’s wish to avoid being drawn into discussions '
                'on its missile programme and regional alliances, issues that U.S. officials have previously said belong in any '
                'comprehensive deal.',
                'Iranian officials have presented the format as a practical choice that lets the two delegations concentrate on '
                'technical questions. Critics argue that it narrows the room for progress on the wider disputes between the '
                'two countries.',
                'Whatever the outcome in Oman, analysts expect the meeting to be read as a test of whether a longer negotiating '
                'process between Washington and Tehran is possible.'),
        caption='Iranian and U.S. flags.', tags=['Iran', 'United States', 'Oman', 'Nuclear talks'], meta=True,
        color='#455a64', story='iran-us-oman-talks'),
    dict(slug='turkiye-defence-exports-record-month',
        title='Türkiye’s defence and aerospace exports hit a record monthly high',
        section='Business', byline='Elvin Rzayev', published='2026-11-19T11:00:00+04:00',
        lead='Türkiye’s defence and aerospace exports surged by 44 percent year on year in January 2026, hitting a record monthly '
             'high of more than $555 million as overseas demand for Turkish-built military technology continued to grow, the '
             'Turkish Defence Industries Secretariat said on Monday (2 February).',
        body=_p('The secretariat said demand had grown across a wide range of products, from unmanned aerial vehicles to armoured '
                'vehicles and naval platforms.',
                'Türkiye’s defence and aerospace industry has expanded quickly over the past decade, and the government has set '
                'ambitious export targets for the coming years.',
                'Industry representatives said contracts signed last year were beginning to show up in the monthly export figures.'),
        caption='A Turkish-made drone on display at a defence fair.', tags=['Türkiye', 'Defence', 'Exports'], meta=False,
        color='#7a4b2a'),
    _seed('pezeshkian',
        slug='pezeshkian-kazakhstan-visit-central-asia',
        title='Pezeshkian begins Kazakhstan visit as Iran looks to broaden its Central Asian ties',
        section='Region', byline='Kamran Hasanov', published='2026-11-20T11:20:00+04:00',
        caption='Iranian President Masoud Pezeshkian arrives in Astana.',
        tags=['Iran', 'Kazakhstan', 'Central Asia'], meta=False, color='#00695c'),
    dict(slug='iran-us-talks-oman-begin-regional-tensions',
        title='Iran-U.S. talks in Oman begin amid rising regional tensions',
        section='World', byline='Leyla Huseynova', published='2026-11-20T09:10:00+04:00',
        # The seed teaser stops at "dispute..."; the second sentence is ours.
        lead='Iran and the United States are set to hold high-stakes negotiations in Oman on Friday (6 February) over Tehran’s '
             'nuclear programme. However, disputes over the scope of the talks have raised doubts about what the meeting can achieve.',
        body=_p('Omani officials are hosting the two delegations, continuing a role the sultanate has played as a go-between for '
                'Washington and Tehran in earlier rounds of diplomacy.',
                'The run-up to the meeting has been tense. Iran’s Islamic Revolutionary Guard Corps unveiled a new underground '
                'ballistic missile base on Wednesday, just over a day before the negotiations were due to start, while U.S. '
                'President Donald Trump said Iran’s Supreme Leader Ali Khamenei “should be very worried”.',
                'Tehran has insisted that the discussions stay focused on its nuclear programme, while U.S. officials have '
                'indicated that they want a broader agenda. Analysts say the gap between those positions will decide whether '
                'the meeting leads to a further round.',
                'Governments across the region have called on both sides to keep the diplomatic channel open and to avoid steps '
                'that could raise tensions further.'),
        caption='Muscat, where the delegations are meeting.', tags=['Iran', 'United States', 'Oman', 'Nuclear talks'],
        meta=False, color='#263238', story='iran-us-oman-talks'),
    dict(slug='afghanistan-polio-vaccination-campaign',
        title='Afghanistan launches its first polio vaccination campaign of 2026',
        section='Region', byline='Nigora Karimova', published='2026-11-20T06:30:00+04:00',
        lead='Afghanistan Ministry of Public Health has launched the country’s first polio vaccination campaign of 2026, saying '
             'around 7.3 million children under the age of five are expected to receive oral drops during the round.',
        body=_p('Health workers are giving the vaccine at health facilities, mosques and other public places, the ministry said, '
                'adding that the round was organised with the support of international partners.',
                'Afghanistan and Pakistan are the only two countries where transmission of wild poliovirus has never been '
                'interrupted, and health officials say regular campaigns are needed to protect young children.',
                'Parents whose children miss the round were asked to bring them to the nearest health centre.'),
        caption='A health worker gives oral polio vaccine to a child.', tags=['Afghanistan', 'Health'], meta=True, color='#2e7d32'),
    dict(slug='spain-portugal-flood-danger-storm',
        title='Flood danger rises as Spain and Portugal face another storm',
        section='World', byline='Farid Guliyev', published='2026-11-20T15:40:00+04:00',
        lead='Rivers and reservoirs across Spain and Portugal were on the verge of overflowing on Wednesday as a new weather front '
             'pounded the Iberian peninsula, compounding damage from last week\'s Storm Kristin.',
        body=_p('Civil protection agencies in both countries issued warnings for heavy rain and strong winds, and several river '
                'basins were placed under close watch.',
                'Authorities released water from some reservoirs as a precaution and asked people living in low-lying areas to '
                'follow official instructions.',
                'Meteorologists said the unsettled weather was likely to last for several more days.'),
        caption='A swollen river on the Iberian peninsula.', tags=['Spain', 'Portugal', 'Weather'], meta=True, color='#1565c0'),
    dict(slug='baku-exhibition-endangered-wildlife',
        title='Baku exhibition uses art as a quiet alarm for endangered wildlife',
        section='Culture', byline='Leyla Huseynova', published='2026-11-20T18:00:00+04:00',
        lead='Using art as a quiet alarm, a new exhibition in Baku is drawing attention to endangered wildlife and the need for '
             'environmental responsibility.',
        body=_p('The works on display include paintings, installations and photographs of animals native to the Caucasus and the '
                'Caspian region, among them species whose numbers have fallen sharply.',
                'The organisers said they hope the exhibition will encourage visitors, particularly young people, to think about '
                'how everyday choices affect the natural environment.',
                'The exhibition is open to the public and will be accompanied by talks and workshops for schoolchildren.'),
        caption='Visitors at the exhibition in Baku.', tags=['Azerbaijan', 'Culture', 'Environment'], meta=False, color='#558b2f'),
    dict(slug='kazakhstan-oil-shipments-europe-january',
        title='Kazakhstan sharply increases oil shipments to Europe',
        section='Business', byline='Rustam Aliyev', published='2026-11-21T10:00:00+04:00',
        lead='Kazakhstan sharply increased oil shipments to Europe in January, exporting 310,000 tonnes to Germany and sending a '
             'further 106,000 tonnes via the Baku–Tbilisi–Ceyhan (BTC) pipeline.',
        body=_p('Crude bound for Germany is delivered through the Druzhba pipeline network, while the barrels sent through the BTC '
                'line cross the Caspian Sea by tanker before entering the pipeline in Azerbaijan.',
                'Officials in Astana have for several years sought to diversify export routes, as most Kazakh crude still leaves '
                'the country through the Caspian Pipeline Consortium terminal on Russia’s Black Sea coast.',
                'The January figures point to steady demand from European refiners and underline the growing role of the '
                'trans-Caspian route in the country’s export plans.'),
        caption='An oil tanker at a Caspian terminal.', tags=['Kazakhstan', 'Oil', 'BTC pipeline'], meta=False, color='#4e342e',
        story='kazakhstan-oil-exports'),
    dict(slug='kazakhstan-second-nuclear-power-plant',
        title='Kazakhstan approves plans for a second nuclear power plant',
        section='Region', byline='Aysel Mammadova', published='2026-11-21T13:25:00+04:00',
        lead='Kazakhstan has approved plans for a second nuclear power plant in a significant scaling up of the country\'s nuclear '
             'ambitions. It comes a year after a referendum, which suggested more than 71 per cent support for the project, but '
             'which was also accompanied by allegations of irregularities.',
        body=_p('The government said the second station is meant to meet rising electricity demand and to reduce reliance on '
                'ageing coal-fired power plants, which still produce most of the country’s electricity.',
                'The first plant is planned near the village of Ulken on the shore of Lake Balkhash. Officials have not announced '
                'a final site for the second one.',
                'Kazakhstan, the world’s largest producer of uranium, has long argued that nuclear power would let it make better '
                'use of its own resources. Opponents have raised concerns about safety, cost and the legacy of Soviet nuclear '
                'testing at Semipalatinsk.',
                'Officials said public consultations and environmental assessments would come before any construction decision.'),
        caption='The shore of Lake Balkhash near Ulken.', tags=['Kazakhstan', 'Nuclear power', 'Energy'], meta=True,
        color='#f9a825', story='kazakhstan-nuclear-plant', feed_title_html='Kazakhstan approves plans for a <b>second</b> nuclear power plant'),
    dict(slug='azerbaijan-armenia-grain-transit',
        title='Another grain shipment reaches Armenia via Azerbaijan',
        section='Region', byline='Rustam Aliyev', published='2026-11-21T09:05:00+04:00',
        lead='Another shipment of grain was sent to Armenia via transit through Azerbaijani territory on 4 February. The latest '
             'delivery consisted of eight wagons carrying 560 tonnes of grain dispatched from Azerbaijan to Armenia.',
        body=_p('The delivery is part of a series of transit shipments through Azerbaijani territory, which officials on both '
                'sides have cited as a practical sign of the improving relationship between the two countries.',
                'This week Azerbaijan and Armenia also used an international platform in Abu Dhabi to underline growing trade ties '
                'and what both leaders described as an irreversible turn towards peace.',
                'Railway officials said further deliveries were planned in the coming weeks.'),
        caption='Grain wagons at a railway station.', tags=['Azerbaijan', 'Armenia', 'Peace process'], meta=False, color='#9e7c0c'),
    dict(slug='georgia-us-high-level-meeting-washington',
        title='Georgia and the U.S. hold a rare high-level meeting in Washington',
        section='Region', byline='Farid Guliyev', published='2026-11-21T16:30:00+04:00',
        lead='Georgia and the United States have held a rare high-level meeting in Washington, reopening cautious discussion about '
             'relations after years of political stagnation.',
        body=_p('Officials from both sides described the meeting as a chance to review relations, which have cooled amid '
                'disagreements over Georgia’s domestic politics and legislation.',
                'No major agreements were announced, but both delegations said they would keep channels of communication open.',
                'Analysts in Tbilisi said the meeting could mark the start of a slow process of rebuilding trust.'),
        caption='The U.S. State Department building in Washington.', tags=['Georgia', 'United States'], meta=True, color='#ad1457'),
]

"""Steppe Times (Times of Central Asia-like) articles. The first six are the seed listing's texts, verbatim,
split into paragraphs at their inline subheads and cut at the last full sentence before the seed's "...";
the rest are short, sober reports written for the demo."""
import json, os, re

_SEED = json.load(open(os.path.join(os.path.dirname(__file__), 'seed_articles_raw.json'), encoding='utf-8'))['toca']

_SENTENCE_END = re.compile(r'(?<=[.!?”"])\s+(?=[A-Z“"$])')


def _split(text, subheads, cut_after, per_paragraph=3):
    """Seed text is one run of sentences with subheads inline; rebuild headings and paragraphs."""
    if cut_after is not None:
        text = text[:text.index(cut_after) + len(cut_after)]
    sections, rest = [], text
    for head in subheads:
        before, rest = rest.split(' ' + head + ' ', 1)
        sections.append(before)
        sections.append(('h2', head))
    sections.append(rest)
    blocks = []
    for s in sections:
        if isinstance(s, tuple):
            blocks.append(s)
            continue
        sentences = [x.strip() for x in _SENTENCE_END.split(s.strip()) if x.strip()]
        for i in range(0, len(sentences), per_paragraph):
            blocks.append(('p', ' '.join(sentences[i:i + per_paragraph])))
    return blocks


def _seed(i, subheads=(), cut_after=None, **extra):
    d = dict(title=_SEED[i]['title'], body=_split(_SEED[i]['text'], subheads, cut_after))
    d.update(extra)
    return d


def _p(*paras):
    return [('p', x) for x in paras]


ARTICLES = [
    _seed(0, ['Digital Infrastructure and Networked Cooperation', 'Reciprocal Trade and Development'],
          cut_after='Central Asia is no longer on the margins of the OTS',
          slug='turkic-states-geoeconomic-power-base', category='Analysis', byline='Daniyar Seitkali',
          published='2026-11-21T11:00:00+05:00', color='#00695c',
          caption='Leaders at an Organization of Turkic States summit.'),
    _seed(1, ['A Thirty-Year Economic Partnership', 'Advancing Transport and Logistics Links',
              'Institutionalizing Strategic Ties', 'Cultural Diplomacy and Symbolism'],
          cut_after='part of the broader Caspian Riviera tourism project.',
          slug='uzbekistan-azerbaijan-trade-vision', category='Economy', byline='Malika Yusupova',
          published='2026-11-20T15:30:00+05:00', color='#1565c0',
          caption='Presidents Mirziyoyev and Aliyev in Baku.'),
    _seed(2, cut_after='to understand what really happened.',
          slug='plane-crash-allegations-russia-azerbaijan', category='Politics', byline='Aibek Ormonov',
          published='2026-11-20T09:45:00+05:00', color='#6d4c41',
          caption='Wreckage of the Azerbaijan Airlines plane near Aktau.'),
    _seed(3, ['Purpose and Objectives', 'Geopolitical Significance', 'A Broader Vision for Partnership'],
          slug='eternal-brotherhood-joint-military-exercises', category='Security', byline='Daniyar Seitkali',
          published='2026-11-19T13:15:00+05:00', color='#33691e',
          caption='Troops during an earlier Eternal Brotherhood exercise.'),
    _seed(4, slug='armenia-azerbaijan-peace-deal-kyrgyzstan', category='Politics', byline='Aibek Ormonov',
          published='2026-11-19T10:20:00+05:00', color='#4527a0',
          caption='Kyrgyz parliamentary speaker Nurlanbek Turgunbek uulu in Yerevan.'),
    _seed(5, cut_after='which goes far beyond military assistance.',
          slug='turkey-return-to-europe-central-asia', category='Analysis', byline='Zarina Akhmetova',
          published='2026-11-18T16:00:00+05:00', color='#c62828',
          caption='The European Commission building in Brussels.'),
    dict(slug='kazakhstan-greenlights-second-nuclear-plant',
         title='Kazakhstan Greenlights a Second Nuclear Power Plant',
         category='Energy', byline='Zarina Akhmetova', published='2026-11-21T15:10:00+05:00', color='#f57f17',
         caption='Transmission lines near Lake Balkhash.', story='kazakhstan-nuclear-plant',
         body=_p('The Kazakh government has approved plans for a second nuclear power plant, expanding a nuclear programme that '
                 'was endorsed in a national referendum a year ago.',
                 'The referendum showed more than 71 per cent support for building a nuclear plant, although observers and '
                 'activists reported irregularities during the vote.',
                 'The first station is planned near the village of Ulken on Lake Balkhash. Officials say the second will help '
                 'cover growing demand for electricity and replace part of the country’s ageing coal-fired capacity.',
                 'Kazakhstan is the world’s largest uranium producer. Critics of the programme point to its cost and to public '
                 'memories of Soviet nuclear testing at the Semipalatinsk site.')),
    dict(slug='uzbekistan-uranium-industrial-growth',
         title='Uzbekistan Bets on Uranium as a Pillar of Industrial Growth',
         category='Economy', byline='Malika Yusupova', published='2026-11-18T12:50:00+05:00', color='#4a148c',
         caption='A uranium processing plant in Navoi region.', story='uzbekistan-uranium',
         body=_p('Uzbekistan is stepping up plans to expand uranium production and widen its international nuclear cooperation, '
                 'officials in Tashkent said.',
                 'The state company Navoiyuran is developing new deposits and working with foreign partners on exploration and '
                 'processing, as the government presents the sector as a source of long-term industrial growth and resource security.',
                 'The uranium push is linked to Uzbekistan’s own plans for nuclear power generation, which officials say would '
                 'help meet rising electricity demand.',
                 'Uzbekistan already ranks among the world’s leading uranium producers.')),
    dict(slug='kyrgyzstan-tajikistan-border-crossings',
         title='Kyrgyzstan and Tajikistan Keep Border Crossings Busy After Demarcation Treaty',
         category='Politics', byline='Aibek Ormonov', published='2026-11-21T09:00:00+05:00', color='#0277bd',
         caption='A checkpoint on the Kyrgyz-Tajik border in Batken region.',
         body=_p('Traffic through the checkpoints on the Kyrgyz-Tajik border has become routine since the two countries signed '
                 'a treaty in March 2025 settling the line of their long-disputed frontier.',
                 'Residents of border villages in Batken and Sughd regions say trade and family visits have resumed after years '
                 'in which deadly clashes made crossings unpredictable.',
                 'Officials from both countries have described the treaty as a foundation for new transport and water projects '
                 'in the Ferghana Valley.')),
    dict(slug='almaty-smog-heating-season',
         title='Almaty Residents Face Smog as Heating Season Begins',
         category='Environment', byline='Zarina Akhmetova', published='2026-11-20T08:30:00+05:00', color='#616161',
         caption='Haze over Almaty seen from the foothills.',
         body=_p('As temperatures fall, a familiar grey haze has returned to Almaty, where coal-fired heating and heavy traffic '
                 'are the main sources of winter air pollution.',
                 'The city’s position in a basin at the foot of the Zailiysky Alatau mountains traps pollutants on still days.',
                 'City authorities point to the conversion of a large coal-fired combined heat and power plant to natural gas as '
                 'the most important step towards cleaner air, and encourage residents to check air-quality readings before '
                 'spending long periods outdoors.')),
    dict(slug='turkmenbashi-port-middle-corridor',
         title='Turkmenbashi Port Seeks a Bigger Role on the Middle Corridor',
         category='Economy', byline='Daniyar Seitkali', published='2026-11-19T16:40:00+05:00', color='#00838f',
         caption='Cranes at the international seaport of Turkmenbashi.',
         body=_p('Turkmenistan is promoting its Caspian port of Turkmenbashi as a link in the Trans-Caspian International '
                 'Transport Route, the corridor that connects China and Central Asia with Europe via Azerbaijan and Georgia.',
                 'Long regarded as a cautious participant in regional projects, Ashgabat has taken part in planning meetings with '
                 'its neighbours and signed agreements on cargo and ferry services.',
                 'Logistics companies say that predictable tariffs and faster border procedures will decide how much traffic the '
                 'port can attract.')),
    dict(slug='syr-darya-water-coordination',
         title='Central Asian Water Officials Coordinate Winter Releases on the Syr Darya',
         category='Environment', byline='Malika Yusupova', published='2026-11-19T08:15:00+05:00', color='#0288d1',
         caption='The Syr Darya river in southern Kazakhstan.',
         body=_p('Water officials from Central Asian states met to agree on how much water will be released from upstream '
                 'reservoirs on the Syr Darya during the winter months.',
                 'Winter releases are a long-standing point of negotiation: upstream countries need water for hydropower when '
                 'electricity demand peaks, while downstream farmers need it stored for the growing season.',
                 'The meeting was held within the framework of the Interstate Commission for Water Coordination, which brings '
                 'together the water agencies of the region.')),
    dict(slug='snow-leopards-camera-traps-tien-shan',
         title='Camera Traps Record Snow Leopards in Kyrgyzstan’s Tien Shan',
         category='Environment', byline='Aibek Ormonov', published='2026-11-18T10:05:00+05:00', color='#78909c',
         caption='A snow leopard photographed by a camera trap.',
         body=_p('Camera traps set up by rangers and conservation groups in the Tien Shan mountains have photographed snow '
                 'leopards moving through several valleys in the past season.',
                 'Conservationists say the images help them estimate the number of animals and identify routes that need '
                 'protection from poaching and disturbance.',
                 'Kyrgyzstan is home to a significant share of the world’s snow leopard population.')),
    dict(slug='middle-corridor-cargo-volumes',
         title='Middle Corridor Cargo Volumes Keep Rising as Shippers Seek Alternatives',
         category='Economy', byline='Daniyar Seitkali', published='2026-11-18T14:25:00+05:00', color='#2e7d32',
         caption='A container train at the Khorgos dry port.',
         body=_p('Freight volumes on the Trans-Caspian International Transport Route continued to grow this year as shippers '
                 'looked for routes between China and Europe that avoid Russia.',
                 'Kazakhstan, Azerbaijan and Georgia have invested in ports, rail lines and digital customs systems to shorten '
                 'transit times, which remain longer than on the northern route.',
                 'Operators say that bottlenecks at Caspian ports and limited ferry capacity are still the main obstacles.')),
    dict(slug='tajikistan-winter-power-rogun',
         title='Tajikistan Prepares for Winter Power Demand',
         category='Energy', byline='Malika Yusupova', published='2026-11-21T17:45:00+05:00', color='#5d4037',
         caption='The Rogun hydropower construction site on the Vakhsh river.',
         body=_p('Tajikistan’s energy company has announced its plans for the winter, when electricity demand rises and river '
                 'flows feeding the country’s hydropower plants are at their lowest.',
                 'Officials say the gradual commissioning of units at the Rogun hydropower plant on the Vakhsh river should make '
                 'the country less vulnerable to seasonal shortages.',
                 'Households in some regions have faced limits on electricity supply in past winters.')),
]

"""Demo library data: the old platforms' taxonomies and about thirty items.

The taxonomies are the lists shown by the old sites (seed 001): CIARIS topics
and approaches, GIMI themes, the branches of the GESS knowledge base, and the
collections (CIARIS's "Guide for Action", GIMI's "Key issues series", the
G-NEWS newsletter, technical cooperation reports).

The items' facts (names, places, dates, figures, institutions) come from the
seed documents: SOCIEUX+ action sheets, the old GESS/GIMI/CIARIS screens,
BELINCOSOC's project overview, the G-NEWS n°2 newsletter (September 2007) and
the ILO's 2023 progress report for Western Africa. Titles, abstracts and the
text of the attached files are written for the demo. Where a seed names no
author, the people named as authors are invented.
"""

# --- Taxonomies ----------------------------------------------------------------------
# (slug, English, French, Spanish, children); listed in the old sites' order.

RESOURCE_TYPES = [
    ("report", "Report", "Rapport", "Informe"),
    ("article", "Article", "Article", "Artículo"),
    ("guide", "Guide", "Guide", "Guía"),
    ("study", "Study", "Étude", "Estudio"),
    ("tool", "Tool", "Outil", "Herramienta"),
    ("training-material", "Training material", "Matériel de formation", "Material de formación"),
    ("presentation", "Presentation", "Présentation", "Presentación"),
    ("legislation", "Legislation", "Législation", "Legislación"),
    ("link", "Link", "Lien", "Enlace"),
    ("video", "Video", "Vidéo", "Vídeo"),
]

TOPICS = [
    ("social-assistance", "Social assistance", "Assistance sociale", "Asistencia social"),
    ("local-development", "Local development", "Développement local", "Desarrollo local"),
    ("hiv-aids", "HIV/AIDS", "VIH/sida", "VIH/sida"),
    ("unpaid-work", "Unpaid work", "Travail non rémunéré", "Trabajo no remunerado"),
    ("child-labour", "Child labour", "Travail des enfants", "Trabajo infantil"),
    ("gender", "Gender", "Genre", "Género"),
]

APPROACHES = [
    (
        "principles",
        "Principles",
        "Principes",
        "Principios",
        [
            ("integration", "Integration", "Intégration", "Integración"),
            ("participation", "Participation", "Participation", "Participación"),
            ("partnership", "Partnership", "Partenariat", "Asociación"),
            ("territoriality", "Territoriality", "Territorialité", "Territorialidad"),
        ],
    ),
    (
        "cycle-functions",
        "Cycle functions",
        "Fonctions du cycle",
        "Funciones del ciclo",
        [
            ("diagnosis", "Diagnosis", "Diagnostic", "Diagnóstico"),
            ("planning", "Planning", "Planification", "Planificación"),
            (
                "monitoring-evaluation",
                "Monitoring / evaluation",
                "Suivi / évaluation",
                "Seguimiento / evaluación",
            ),
            ("project-design", "Project design", "Conception de projet", "Diseño de proyectos"),
        ],
    ),
]

THEMES = [
    ("overview", "Overview", "Vue d'ensemble", "Panorama general"),
    ("relevance", "Relevance", "Pertinence", "Pertinencia"),
    ("feasibility", "Feasibility", "Faisabilité", "Factibilidad"),
    ("marketing", "Marketing", "Marketing", "Mercadeo"),
    ("management", "Management", "Gestion", "Gestión"),
    (
        "monitoring-evaluation",
        "Monitoring & evaluation",
        "Suivi et évaluation",
        "Seguimiento y evaluación",
    ),
    ("rapid-appraisal", "Rapid appraisal", "Évaluation rapide", "Evaluación rápida"),
    ("linkages", "Linkages", "Articulations", "Articulaciones"),
    (
        "contractual-agreements",
        "Contractual agreements",
        "Contractualisation",
        "Acuerdos contractuales",
    ),
    ("legislation", "Legislation", "Législation", "Legislación"),
    (
        "national-policies-strategies",
        "National policies and strategies",
        "Politiques et stratégies nationales",
        "Políticas y estrategias nacionales",
    ),
]

BRANCHES = [
    (
        "contingencies",
        "Contingencies",
        "Éventualités",
        "Contingencias",
        [
            ("health-care", "Health care", "Soins de santé", "Atención de salud"),
            ("old-age", "Old age", "Vieillesse", "Vejez"),
        ],
    ),
    (
        "mechanisms",
        "Mechanisms",
        "Mécanismes",
        "Mecanismos",
        [
            (
                "universal-benefits",
                "Universal benefits",
                "Prestations universelles",
                "Prestaciones universales",
            ),
            ("social-assistance", "Social assistance", "Assistance sociale", "Asistencia social"),
            (
                "cash-transfers",
                "Cash transfers",
                "Transferts monétaires",
                "Transferencias monetarias",
            ),
            ("social-insurance", "Social insurance", "Assurance sociale", "Seguro social"),
            ("microinsurance", "Microinsurance", "Micro-assurance", "Microseguro"),
            ("linkages", "Linkages", "Articulations", "Articulaciones"),
        ],
    ),
]

COLLECTIONS = [
    (
        "guide-for-action",
        "Guide for Action",
        "Guide pour l'action",
        "Guía para la acción",
        "CIARIS's practical guides on designing, running and evaluating local projects "
        "against social exclusion.",
    ),
    (
        "key-issues-series",
        "Key issues series",
        "Série « Enjeux clés »",
        "Serie «Temas clave»",
        "GIMI's two-page notes on one theme of microinsurance: what is known, what is "
        "missing, who is working on it, and where to read more.",
    ),
    (
        "g-news",
        "G-NEWS",
        "G-NEWS",
        "G-NEWS",
        "The newsletter of the extension of social security and micro-insurance, made from "
        "the news posted by GIMI and GESS users.",
    ),
    (
        "technical-cooperation-reports",
        "Technical cooperation reports",
        "Rapports de coopération technique",
        "Informes de cooperación técnica",
        "Reports of technical cooperation projects and peer-to-peer actions.",
    ),
]

# --- Items ---------------------------------------------------------------------------

EDITOR = "editor@gess.example"
EXPERT = "expert@gess.example"
AMINATA = "aminata@gess.example"
CARLOS = "carlos@gess.example"

WAEMU = ["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]
CIPRES = [
    "BJ", "BF", "CM", "CF", "KM", "CG", "CI", "GA", "GQ", "GN", "GW", "ML", "NE", "CD", "SN",
    "TD", "TG",
]  # fmt: skip

ITEMS = [
    # --- West Africa, 2022-2024 ------------------------------------------------------
    {
        "type": "report",
        "title": (
            "Building social protection floors for all: progress report for Western Africa, "
            "January to November 2023"
        ),
        "abstract": (
            "Annual report on the Western Africa strategy of the second phase (2022-2025) of "
            "the ILO Global Flagship Programme on Building Social Protection Floors for All, "
            "project GLO/21/34/MUL, financed by Belgium and Luxembourg. It reviews the ILO's "
            "support to the WAEMU Commission and to the Inter-African Conference on Social "
            "Security (CIPRES) in 2023: a regional course on financing social protection run "
            "with UNICEF, statistical work with CIPRES, a working paper on social mutual "
            "organisations validated in Dakar, the adoption of the WAEMU social protection "
            "strategy and a training of the CIPRES Supervisory Committee in Lomé. The project "
            "rates its own delivery as satisfactory."
        ),
        "authors": "Batchabi, Dramane",
        "publisher": "ILO Decent Work Team and Country Office for West Africa (DWT/CO-Dakar)",
        "date": "2023-12-01",
        "languages": ["en"],
        "countries": WAEMU,
        "topics": ["social-assistance"],
        "approaches": ["monitoring-evaluation", "partnership"],
        "themes": ["national-policies-strategies"],
        "branches": ["health-care", "social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["WAEMU", "CIPRES", "social protection floors", "informal economy"],
        "submitted_by": EDITOR,
        "published_at": "2024-01-18T09:30",
        "views": 1284,
        "downloads": 412,
        "featured": True,
        "file": {
            "name": "progress-report-western-africa-2023.pdf",
            "title": "Progress report - Western Africa 2023",
            "paragraphs": [
                "ILO Global Flagship Programme on Building Social Protection Floors for All, "
                "phase II. Project GLO/21/34/MUL. Progress report for Western Africa, "
                "reporting period 1 January to 30 November 2023. Donors: Belgium and "
                "Luxembourg. Administrative unit: ILO DWT/CO-Dakar.",
                "Regional context. Social mutual organisations grew quickly in West Africa "
                "during the 2000s and brought health coverage to many workers of the informal "
                "economy, in towns and in the countryside. Regulation No. 07/2009/CM/WAEMU of "
                "26 June 2009 gave them a common legal framework across the eight WAEMU "
                "member states. As governments now set up national institutions for social "
                "health protection, the question is how mutuals fit into that architecture.",
                "Financing. With the WAEMU Commission and UNICEF, the ILO ran a regional "
                "course on financing social protection in September 2023. Against a target of "
                "43, a total of 43 tripartite constituents (8 women and 35 men) were trained "
                "in social protection and public finance management.",
                "Statistics. Working sessions with CIPRES covered data collection tools and "
                "methods, and CIPRES received support to gather data from national social "
                "security funds. Data have now been collected for 6 countries, up from a "
                "baseline of 3, towards a target of 16.",
                "Social mutual organisations. A working paper on lessons from international "
                "experience was discussed at a workshop in Dakar in October 2023 with 24 "
                "representatives of the WAEMU Social Mutual Consultative Council, the social "
                "partners and development partners (5 women, 19 men), who validated it. Its "
                "publication is planned for 2024.",
                "WAEMU strategy. After a first draft prepared in 2022 and internal "
                "consultations in 2023, a workshop of all departments of the WAEMU Commission "
                "adopted the WAEMU social protection strategy in July 2023. The regional "
                "working group on social health protection, with experts from the eight "
                "member states, produced a handbook on the key challenges of extending health "
                "coverage and a note on good practices.",
                "CIPRES. In November 2023 members of the CIPRES Supervisory Committee were "
                "trained in Lomé, Togo, on international social protection standards; the "
                "session ended with ten recommendations on the supervision of social "
                "protection institutions. A three-year work plan between CIPRES and the ILO "
                "has been drawn up.",
                "Partnerships and outlook. Activities were carried out with CIPRES and the "
                "WAEMU Commission, and with the International Social Security Association, "
                "the Belgian organisation WSM and USAID. No major difficulty was met. In 2024 "
                "the project will disseminate the CIPRES guideline on workers of the informal "
                "economy and consult member states on the WAEMU strategy. Linkages: ILO "
                "Outcome 8 (universal social protection), SDG targets 1.3 and 3.8.",
            ],
        },
    },
    {
        "type": "study",
        "title": (
            "Le rôle des mutuelles sociales dans les systèmes nationaux de protection sociale "
            "en santé des pays de l'UEMOA : enseignements des expériences internationales"
        ),
        "abstract": (
            "Document de travail préparé par le BIT avec la Commission de l'UEMOA. Il tire "
            "les leçons d'expériences étrangères pour définir la place des mutuelles sociales "
            "à côté des institutions nationales chargées de la protection sociale en santé, "
            "dans la perspective de la couverture sanitaire universelle. Le texte a été "
            "discuté puis validé en octobre 2023 à Dakar lors d'un atelier régional qui a "
            "réuni 24 représentants du Conseil consultatif de la mutualité sociale de "
            "l'UEMOA, des partenaires sociaux et des partenaires au développement."
        ),
        "authors": "Kaboré, Issouf; Diatta, Mariama",
        "publisher": "Bureau international du Travail ; Commission de l'UEMOA",
        "year": 2024,
        "languages": ["fr"],
        "countries": WAEMU,
        "topics": ["local-development"],
        "approaches": ["integration", "partnership"],
        "themes": ["linkages", "national-policies-strategies"],
        "branches": ["health-care", "microinsurance", "linkages"],
        "tags": ["mutualité sociale", "UEMOA", "couverture sanitaire universelle"],
        "submitted_by": EDITOR,
        "published_at": "2024-11-04T10:15",
        "views": 976,
        "downloads": 358,
        "featured": True,
        "file": {
            "name": "mutuelles-sociales-uemoa-document-de-travail.pdf",
            "title": "Le role des mutuelles sociales dans les systemes de l'UEMOA",
            "paragraphs": [
                "Document de travail. Le rôle des mutuelles sociales dans les systèmes "
                "nationaux de protection sociale en santé des États membres de l'Union "
                "économique et monétaire ouest-africaine (UEMOA).",
                "1. Pourquoi cette question ? Au cours des années 2000, les mutuelles sociales "
                "se sont multipliées en Afrique de l'Ouest et ont ouvert l'accès aux soins à "
                "des travailleurs de l'économie informelle, en milieu urbain comme en milieu "
                "rural. Depuis, les États ont engagé des réformes vers la couverture "
                "sanitaire universelle et créé des institutions nationales d'assurance "
                "maladie. Il faut donc préciser comment les mutuelles s'insèrent dans ces "
                "nouvelles architectures.",
                "2. Le cadre communautaire. Le Règlement n° 07/2009/CM/UEMOA du 26 juin 2009, "
                "adopté avec l'appui du BIT, fixe les règles communes de création, de "
                "fonctionnement et de contrôle de la mutualité sociale dans les huit États "
                "membres : Bénin, Burkina Faso, Côte d'Ivoire, Guinée-Bissau, Mali, Niger, "
                "Sénégal et Togo.",
                "3. Ce que montrent les expériences internationales. Là où les mutuelles ont "
                "trouvé une place durable, elles sont reconnues par la loi, financées en "
                "partie par des ressources publiques et liées par contrat à l'institution "
                "nationale. Elles peuvent alors affilier les travailleurs indépendants, "
                "collecter les cotisations au plus près des adhérents, gérer une partie des "
                "prestations ou offrir une couverture complémentaire.",
                "4. Les rôles possibles. Le document distingue trois fonctions : la mutuelle "
                "comme relais de proximité de l'assurance maladie obligatoire, la mutuelle "
                "comme gestionnaire délégué d'un régime national, et la mutuelle comme "
                "organisme de couverture complémentaire. Chaque fonction suppose des "
                "compétences, une taille et une supervision différentes.",
                "5. Validation. Le texte a été discuté à Dakar en octobre 2023 par 24 "
                "participants (5 femmes et 19 hommes) : membres du Conseil consultatif de la "
                "mutualité sociale de l'UEMOA, partenaires sociaux de la zone et partenaires "
                "au développement. L'atelier a validé le document et demandé sa diffusion "
                "dans les États membres.",
                "6. Recommandations. Reconnaître explicitement les mutuelles dans les lois "
                "nationales sur la couverture sanitaire universelle ; prévoir des conventions "
                "de délégation avec les institutions nationales ; regrouper les petites "
                "mutuelles en unions capables de gérer le risque ; renforcer le contrôle "
                "prévu par le règlement communautaire.",
            ],
        },
    },
    {
        "type": "report",
        "title": (
            "Stratégie de protection sociale de l'Union économique et monétaire ouest-africaine"
        ),
        "abstract": (
            "Première stratégie régionale de protection sociale de l'UEMOA. Un avant-projet a "
            "été rédigé en 2022 avec l'appui du BIT ; des consultations internes à la "
            "Commission l'ont ensuite revu en 2023 pour l'aligner sur les normes "
            "internationales de sécurité sociale. La stratégie a été adoptée en juillet 2023 "
            "lors d'un atelier réunissant tous les départements de la Commission, qui prévoit "
            "de la diffuser dans les huit États membres."
        ),
        "authors": "",
        "publisher": "Commission de l'UEMOA",
        "year": 2023,
        "languages": ["fr"],
        "countries": WAEMU,
        "topics": ["social-assistance"],
        "approaches": ["planning", "integration"],
        "themes": ["national-policies-strategies"],
        "branches": ["social-insurance", "social-assistance"],
        "tags": ["UEMOA", "stratégie régionale", "normes internationales"],
        "submitted_by": EDITOR,
        "published_at": "2023-09-05T14:00",
        "views": 842,
        "downloads": 297,
    },
    {
        "type": "legislation",
        "title": (
            "Directive de la CIPRES relative à l'extension de la protection sociale aux "
            "travailleurs de l'économie informelle"
        ),
        "abstract": (
            "Texte adopté en décembre 2022 par le Conseil des ministres de la Conférence "
            "interafricaine de la prévoyance sociale (CIPRES) à l'issue d'une réflexion sur "
            "la couverture des travailleurs de l'économie informelle. Il oriente les États "
            "membres et leurs organismes de prévoyance sociale dans l'ouverture de leurs "
            "régimes à ces travailleurs. Sa diffusion fait partie du programme de "
            "coopération entre la CIPRES et le BIT pour 2024."
        ),
        "authors": "",
        "publisher": "Conférence interafricaine de la prévoyance sociale (CIPRES)",
        "date": "2022-12-15",
        "languages": ["fr"],
        "countries": CIPRES,
        "themes": ["legislation"],
        "branches": ["social-insurance"],
        "tags": ["CIPRES", "économie informelle", "directive"],
        "submitted_by": EDITOR,
        "published_at": "2023-02-14T11:20",
        "views": 655,
        "downloads": 231,
    },
    {
        "type": "legislation",
        "title": (
            "Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la "
            "mutualité sociale au sein de l'UEMOA"
        ),
        "abstract": (
            "Règlement du Conseil des ministres de l'UEMOA, préparé avec l'appui du BIT, qui "
            "donne aux mutuelles sociales un cadre juridique commun dans les huit États "
            "membres de l'Union : conditions de création, organisation, fonctionnement et "
            "contrôle. Directement applicable, il a accompagné l'essor des mutuelles de santé "
            "au service des travailleurs de l'économie informelle."
        ),
        "authors": "",
        "publisher": "UEMOA, Conseil des ministres",
        "date": "2009-06-26",
        "languages": ["fr"],
        "countries": WAEMU,
        "themes": ["legislation"],
        "branches": ["microinsurance", "health-care"],
        "tags": ["règlement", "mutualité sociale", "UEMOA"],
        "submitted_by": AMINATA,
        "published_at": "2021-05-11T08:45",
        "views": 1530,
        "downloads": 688,
    },
    {
        "type": "training-material",
        "title": (
            "Formation des membres de la Commission de surveillance de la CIPRES aux normes "
            "internationales de protection sociale (Lomé, novembre 2023)"
        ),
        "abstract": (
            "Supports et conclusions de la session organisée à Lomé en novembre 2023 pour "
            "les membres de la Commission de surveillance de la CIPRES. La formation a "
            "renforcé leur connaissance des normes de sécurité sociale de l'OIT et a permis "
            "un diagnostic rapide du fonctionnement de la Commission, d'où dix "
            "recommandations sur le contrôle des institutions de prévoyance sociale."
        ),
        "authors": "Agbodjan, Kossi; Mendy, Clémentine",
        "publisher": "Bureau international du Travail ; CIPRES",
        "date": "2023-11-23",
        "languages": ["fr"],
        "countries": ["TG"],
        "approaches": ["diagnosis", "monitoring-evaluation"],
        "themes": ["rapid-appraisal", "legislation", "management"],
        "branches": ["social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["CIPRES", "normes de l'OIT", "gouvernance", "contrôle"],
        "submitted_by": EDITOR,
        "published_at": "2024-02-20T16:05",
        "views": 418,
        "downloads": 133,
        "file": {
            "name": "cipres-commission-surveillance-lome-2023.docx",
            "kind": "docx",
            "paragraphs": [
                "Formation des membres de la Commission de surveillance de la CIPRES sur les "
                "normes internationales de protection sociale. Lomé, Togo, novembre 2023.",
                "Objectifs : renforcer les compétences techniques des participants sur les "
                "normes de sécurité sociale de l'OIT et porter un regard rapide sur le "
                "fonctionnement de la Commission de surveillance.",
                "Conclusions : la session a débouché sur dix recommandations.",
                "1. Mettre en place un dispositif de certification et de classement des "
                "institutions de prévoyance sociale (IPS) au regard des normes et ratios de "
                "la CIPRES.",
                "2. Faire parvenir à la Commission les délibérations des conseils "
                "d'administration des IPS portant sur ses rapports.",
                "3. Étudier l'usage d'une méthode de publication des manquements (« name and "
                "shame ») dans le suivi des IPS.",
                "4. Explorer la coopération avec les institutions sous-régionales, régionales "
                "et internationales pour un meilleur contrôle des IPS.",
                "5. Mieux faire connaître aux partenaires sociaux les normes et ratios de la "
                "CIPRES.",
                "6. Rédiger à l'intention des États une note technique sur le traitement des "
                "rapports de la Commission.",
                "7. Effectuer, au besoin, des missions dans les États pour vérifier la mise en "
                "œuvre des recommandations critiques.",
                "8. Renforcer les organes nationaux de tutelle chargés de l'inspection des IPS.",
                "9. Sensibiliser les gouvernements à la bonne gouvernance des fonds des IPS.",
                "10. Promouvoir au niveau national les normes internationales de sécurité "
                "sociale et celles de la CIPRES.",
            ],
        },
    },
    # --- GIMI and GESS, 2002-2008 ----------------------------------------------------
    {
        "type": "article",
        "title": (
            "G-NEWS n°2 : la lettre de l'extension de la sécurité sociale et de la "
            "micro-assurance (septembre 2007)"
        ),
        "abstract": (
            "Deuxième numéro de la lettre du programme STEP du BIT, réalisée à partir des "
            "nouvelles postées par les utilisateurs de GIMI et de GESS entre juin et août "
            "2007. Au sommaire : le lancement de la plate-forme GESS, la micro-assurance des "
            "pêcheurs du SIFFS en Inde, la mutuelle régionale MUSARS au Mali, une mutuelle "
            "à Pune, l'assurance santé obligatoire au Rwanda, le cadre de contractualisation "
            "au Sénégal, des formations, des conférences et un entretien avec Michael Cichon "
            "sur le socle de sécurité sociale."
        ),
        "authors": "",
        "publisher": "Bureau international du Travail, programme STEP",
        "date": "2007-09-15",
        "languages": ["fr"],
        "countries": ["IN", "ML", "RW", "SN", "CM"],
        "regions": ["africa", "asia-pacific"],
        "topics": ["local-development", "hiv-aids"],
        "themes": ["overview"],
        "branches": ["microinsurance"],
        "collections": ["g-news"],
        "tags": ["lettre d'information", "micro-assurance", "GESS", "GIMI"],
        "submitted_by": EDITOR,
        "published_at": "2020-03-02T09:00",
        "views": 2210,
        "downloads": 804,
        "file": {
            "name": "g-news-2-septembre-2007.pdf",
            "title": "G-NEWS n°2 - septembre 2007",
            "paragraphs": [
                "G-NEWS n°2, septembre 2007. La lettre de l'extension de la sécurité sociale "
                "et de la micro-assurance, publiée par le programme STEP du Département de la "
                "sécurité sociale du BIT, en français, en anglais et en espagnol.",
                "À la une : GESS est lancée. La nouvelle plate-forme du Département de la "
                "sécurité sociale rassemble ressources, guides, formations et assistance "
                "technique pour concevoir des stratégies d'extension adaptées à chaque pays. "
                "Elle est d'abord ouverte en anglais ; les versions française et espagnole "
                "suivront.",
                "Quoi de neuf ? La Concertation lance un inventaire permanent des mutuelles "
                "de santé : 70 mutuelles ont répondu entre juin et septembre. En Inde, la "
                "fédération SIFFS (120 sociétés, 30 000 pêcheurs) propose une assurance "
                "vieillesse à 2 600 membres. Au Mali, la mutuelle régionale MUSARS voit le "
                "jour à Sikasso. À Pune, la MACIF soutient une mutuelle communautaire créée "
                "avec l'ONG Inter-Aide.",
                "Le Rwanda rend l'adhésion familiale aux mutuelles de santé obligatoire ; "
                "PlaNet Finance vise sept millions de micro-entrepreneurs assurés d'ici 2010 ; "
                "au Sénégal, une convention cadre encadre les contrats entre mutuelles et "
                "formations sanitaires ; au Cameroun, cinq mutuelles prennent en charge les "
                "personnes vivant avec le VIH.",
                "Formations : micro-assurance avec l'Institut Boulder à Turin, viabilité des "
                "organisations mutualistes avec le CIDR à Autrèches, indicateurs de "
                "performance à Luxembourg, stratégies d'extension de la protection sociale au "
                "Centre international de formation de l'OIT.",
                "Conférences : 96e Conférence internationale du Travail et adoption de la "
                "convention n° 188 sur le travail dans la pêche ; première conférence "
                "asiatique sur la micro-assurance à Manille ; Forum mondial de la sécurité "
                "sociale à Moscou ; conférence sur la micro-assurance à Bombay en novembre.",
                "L'article : les articulations entre régimes légaux et protection sociale à "
                "base communautaire. L'entretien : Michael Cichon plaide pour un socle de "
                "sécurité sociale, point de rencontre entre croissance et équité.",
            ],
        },
    },
    {
        "type": "article",
        "title": "Key issues in microinsurance, No. 1: legislation",
        "abstract": (
            "The first issue of GIMI's Key issues series: two pages on what is known about "
            "the legal framework of microinsurance, where knowledge is missing, which working "
            "groups, research and field projects are trying to fill the gaps, and where to "
            "read further on the GIMI platform and elsewhere. The second issue is announced "
            "on linkages."
        ),
        "authors": "Okafor, Grace; Lambert, Étienne",
        "publisher": "ILO, STEP Programme (GIMI)",
        "date": "2007-11-20",
        "languages": ["en"],
        "themes": ["legislation"],
        "branches": ["microinsurance"],
        "collections": ["key-issues-series"],
        "tags": ["microinsurance", "legislation", "knowledge gaps"],
        "submitted_by": EDITOR,
        "published_at": "2020-06-16T13:40",
        "views": 1105,
        "downloads": 467,
        "file": {
            "name": "key-issues-1-legislation.pdf",
            "title": "Key issues in microinsurance, No. 1: legislation",
            "paragraphs": [
                "Key issues series, No. 1. Legislation. A publication of GIMI, the Global "
                "Information on Microinsurance platform of the ILO STEP Programme.",
                "What we know. Most microinsurance schemes in poor countries work without a "
                "law written for them. Mutual health organisations are often registered as "
                "associations, which gives them no clear status as insurers and no "
                "protection for their members. A law can give them legal personality, rules "
                "for sound management and a supervisor.",
                "What we do not know. Few studies measure how a legal framework changes the "
                "growth, solvency or governance of schemes. Little is written on the "
                "supervision of very small insurers, or on the cost of regulation for them.",
                "Who is filling the gaps. Regulators and experts are comparing approaches in "
                "working groups; in West Africa, a regional regulation on social mutuals is "
                "being prepared for the WAEMU countries; national laws on mutuals are being "
                "drafted, for instance in Rwanda.",
                "Going further. The GIMI library holds the texts of existing laws, "
                "commentaries and the issues paper of the CGAP Working Group and the "
                "International Association of Insurance Supervisors on the regulation and "
                "supervision of microinsurance. Join the discussion on G-FORUM.",
                "Coming next: issue No. 2, on linkages between microinsurance schemes and "
                "statutory social security.",
            ],
        },
    },
    {
        "type": "guide",
        "title": "Guide de gestion des mutuelles de santé en Afrique",
        "abstract": (
            "Guide pratique du programme STEP du BIT à l'intention des responsables élus et "
            "des gestionnaires de mutuelles de santé. Il couvre l'organisation "
            "administrative, le suivi des adhésions et des cotisations, la gestion des "
            "prestations et des relations avec les prestataires de soins, la comptabilité, "
            "les outils de suivi, ainsi que le rôle d'un fonds de garantie dans la "
            "consolidation financière des mutuelles."
        ),
        "authors": "",
        "publisher": "BIT, programme STEP",
        "year": 2003,
        "languages": ["fr"],
        "regions": ["africa"],
        "topics": ["local-development"],
        "themes": ["management"],
        "branches": ["microinsurance", "health-care"],
        "tags": ["gestion", "mutuelles de santé", "comptabilité"],
        "submitted_by": EDITOR,
        "published_at": "2020-02-10T10:00",
        "views": 3120,
        "downloads": 1456,
    },
    {
        "type": "article",
        "title": "Sept bonnes raisons d'adopter une loi sur les mutuelles",
        "abstract": (
            "Courte note qui résume pourquoi une loi sur la mutualité sert les mutuelles et "
            "leurs membres : personnalité juridique, confiance des adhérents grâce au "
            "contrôle de l'État, règles claires de création et de fonctionnement, "
            "crédibilité auprès des prestataires de soins et des pouvoirs publics, accès à "
            "des avantages fiscaux et à des subventions, capacité de signer des contrats, et "
            "environnement favorable à la mutualité sociale."
        ),
        "authors": "Régent, Sabrina",
        "publisher": "BIT/STEP, Dakar",
        "year": 2007,
        "languages": ["fr"],
        "regions": ["africa"],
        "topics": ["local-development"],
        "themes": ["legislation"],
        "branches": ["microinsurance"],
        "tags": ["législation", "mutuelles de santé", "personnalité juridique"],
        "submitted_by": AMINATA,
        "published_at": "2021-09-27T15:30",
        "views": 1876,
        "downloads": 702,
    },
    {
        "type": "article",
        "title": (
            "Le Rwanda, un cas particulier : l'adhésion obligatoire de toute la population aux "
            "mutuelles de santé"
        ),
        "abstract": (
            "Retour sur la politique rwandaise de mutuelles de santé : trois sites pilotes "
            "en 1999, un document de politique de développement des mutuelles en décembre "
            "2004 pour couvrir le monde rural et le secteur informel (85 % de la population), "
            "puis, en 2006, l'adhésion familiale obligatoire. La cotisation est de 1000 "
            "francs rwandais par personne et par an et un co-paiement d'environ 10 % est "
            "demandé lors des soins."
        ),
        "authors": "Panis, Alexandra",
        "publisher": "BIT/STEP, Kigali",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["RW"],
        "themes": ["national-policies-strategies", "legislation"],
        "branches": ["health-care", "microinsurance"],
        "tags": ["Rwanda", "mutuelles de santé", "adhésion obligatoire", "co-paiement"],
        "submitted_by": EDITOR,
        "published_at": "2020-09-08T11:10",
        "views": 1644,
        "downloads": 590,
        "file": {
            "name": "rwanda-mutuelles-de-sante-2007.pdf",
            "title": "Rwanda : mutuelles de sante obligatoires",
            "paragraphs": [
                "Le Rwanda : un cas particulier d'assurance santé obligatoire pour tous.",
                "Les débuts. En 1999, le gouvernement rwandais lance des mutuelles de santé "
                "dans trois sites pilotes. Il cherche à la fois à rendre les soins abordables "
                "pour une population pauvre, à rendre l'accès aux soins plus équitable et à "
                "mobiliser des ressources nationales pour financer les formations sanitaires.",
                "La politique. En décembre 2004, le gouvernement décide d'élaborer une "
                "« Politique de développement des mutuelles de santé au Rwanda » afin "
                "d'étendre les mutuelles à tout le territoire et d'atteindre le monde rural "
                "et le secteur informel, soit 85 % de la population. Une loi sur les "
                "mutuelles de santé est en préparation depuis le début de 2005 pour en "
                "préciser le rôle, le statut et l'organisation.",
                "L'obligation. En 2006, le gouvernement retient l'adhésion familiale "
                "obligatoire pour l'ensemble de la population rwandaise.",
                "Deux paquets de soins. Le paquet minimum d'activités est financé par les "
                "cotisations des membres. Fixées d'abord par chaque district, elles sont "
                "uniformisées en septembre 2006 à 1000 francs rwandais par personne et par "
                "an, soit 1,82 dollar des États-Unis au taux de mai 2007. Le paquet "
                "complémentaire d'activités est pris en charge par un fonds de solidarité "
                "alimenté par l'État et les bailleurs, au niveau national et dans les "
                "districts.",
                "Le co-paiement. Lorsqu'il se fait soigner, le mutualiste paie en outre un "
                "ticket modérateur à la formation sanitaire, harmonisé à environ 10 % du coût "
                "des services consommés.",
            ],
        },
    },
    {
        "type": "study",
        "title": (
            "Étude de faisabilité d'une mutuelle de santé régionale dans la région de "
            "Sikasso (MUSARS), Mali"
        ),
        "abstract": (
            "Étude conduite sur deux ans pour créer une mutuelle de santé à l'échelle de la "
            "région de Sikasso plutôt qu'une mutuelle locale, afin d'atteindre plus vite une "
            "masse critique d'adhérents. Elle a bénéficié de l'appui de SSQ Assurances "
            "générales (Québec), des conseils de la Mutualité Française et de l'Union "
            "technique de la mutualité malienne. Objectif : l'équilibre financier au 31 mars "
            "2012 avec 10 000 adhérents et 50 000 bénéficiaires."
        ),
        "authors": "Coulibaly, Fatoumata; Tremblay, Jean-François",
        "publisher": "SOCODEVI ; MACIF",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["ML"],
        "topics": ["local-development"],
        "approaches": ["diagnosis", "project-design", "participation"],
        "themes": ["feasibility"],
        "branches": ["microinsurance", "health-care"],
        "tags": ["étude de faisabilité", "mutuelle régionale", "Mali", "Sikasso"],
        "submitted_by": AMINATA,
        "published_at": "2021-03-15T09:20",
        "views": 1322,
        "downloads": 511,
        "file": {
            "name": "musars-sikasso-etude-de-faisabilite.pdf",
            "title": "MUSARS - etude de faisabilite, Sikasso",
            "paragraphs": [
                "Étude de faisabilité de la Mutuelle de santé de la région de Sikasso "
                "(MUSARS), Mali. Projet mené avec la Société de coopération pour le "
                "développement international (SOCODEVI) et la MACIF.",
                "Le choix d'une mutuelle régionale. Au lieu d'une mutuelle de village ou de "
                "quartier, le projet crée une mutuelle pour toute la région de Sikasso, au sud "
                "du pays. La masse critique d'adhérents, nécessaire à l'équilibre et à "
                "l'autonomie de la mutuelle, sera ainsi plus facile à atteindre.",
                "Pourquoi Sikasso. La cotonculture assure à la région une relative aisance "
                "économique. Une douzaine de petites mutuelles de santé locales y existent "
                "déjà et devraient rejoindre le projet. Kafo Jiginew, coopérative de "
                "micro-crédit bien implantée, est prête à prêter des locaux et à tenir la "
                "comptabilité. Les centres de santé communautaires peuvent offrir un paquet "
                "minimum de soins, et la population est assez nombreuse pour la viabilité "
                "démographique du projet.",
                "Appuis. L'étude s'est déroulée sur deux ans avec des spécialistes de SSQ "
                "Assurances générales (Québec). La Fédération nationale de la Mutualité "
                "Française, qui avait déjà travaillé au Mali, et l'Union technique de la "
                "mutualité malienne (UTM) ont apporté conseils et soutien.",
                "Objectifs. Atteindre l'équilibre financier au 31 mars 2012 avec 10 000 "
                "adhérents et 50 000 bénéficiaires ; faire vivre une organisation "
                "démocratique et participative fidèle aux valeurs mutualistes ; offrir un "
                "produit d'assurance santé qui réponde aux besoins des assurés.",
                "Gouvernance. L'assemblée générale constitutive s'est tenue le 24 mars 2007 "
                "devant 150 personnes. Elle a élu un bureau du conseil d'administration de "
                "neuf membres et le bureau de la commission de contrôle, composé de trois "
                "membres.",
            ],
        },
    },
    {
        "type": "article",
        "title": "Une mutuelle de santé communautaire dans les bidonvilles de Pune (Inde)",
        "abstract": (
            "La MACIF s'est associée à l'ONG française Inter-Aide, créée en 1980, pour un "
            "programme qui améliore les conditions de vie des habitants des bidonvilles de "
            "Pune : microcrédit, accompagnement des familles, appui administratif et "
            "micro-assurance santé. La cotisation est fixée à 1 euro par personne et par an ; "
            "deux mutuelles couvrent 21 000 bénéficiaires et visent 50 000 bénéficiaires au "
            "1er janvier 2009."
        ),
        "authors": "Chircen, Laurence",
        "publisher": "MACIF",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["IN"],
        "topics": ["local-development"],
        "approaches": ["participation"],
        "themes": ["management"],
        "branches": ["microinsurance", "health-care"],
        "tags": ["Inde", "bidonvilles", "tiers payant", "Inter-Aide"],
        "submitted_by": EDITOR,
        "published_at": "2021-11-22T10:40",
        "views": 734,
        "downloads": 201,
    },
    {
        "type": "tool",
        "title": (
            "Convention cadre de contractualisation entre les mutuelles de santé et les "
            "formations sanitaires au Sénégal"
        ),
        "abstract": (
            "Modèle national élaboré par le ministère de la Santé du Sénégal avec le "
            "BIT/STEP, au terme d'un processus participatif avec les mutuelles et leurs "
            "unions, les structures d'appui et les formations sanitaires. La convention "
            "énumère les clauses minimales des contrats : qualité des soins, tarification, "
            "facturation, règlement et garanties, information, suivi, contrôle et "
            "évaluation. Chaque mutuelle négocie ensuite son contrat avec les formations "
            "sanitaires dans ce cadre."
        ),
        "authors": "",
        "publisher": "Ministère de la Santé du Sénégal ; BIT/STEP",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["SN"],
        "topics": ["local-development"],
        "approaches": ["partnership"],
        "themes": ["contractual-agreements"],
        "branches": ["health-care", "microinsurance"],
        "tags": ["contractualisation", "offre de soins", "Sénégal"],
        "submitted_by": AMINATA,
        "published_at": "2022-04-04T14:25",
        "views": 958,
        "downloads": 376,
    },
    # --- SOCIEUX+ technical cooperation actions --------------------------------------
    {
        "type": "report",
        "title": (
            "Vers une politique nationale de sécurité sociale en Côte d'Ivoire : feuille de route"
        ),
        "abstract": (
            "Rapport d'une action SOCIEUX+ auprès du ministère de l'Emploi et de la "
            "Protection sociale (MEPS). Au fil de trois activités, des experts publics "
            "français ont proposé une feuille de route pour une stratégie de sécurité "
            "sociale cohérente et moderne : meilleure gouvernance du système, extension de "
            "la couverture à de nouvelles populations aux profils socio-économiques "
            "particuliers, et renforcement des compétences des personnels des institutions "
            "de sécurité sociale."
        ),
        "authors": "Lefèvre, Anne; Moreau, Patrick",
        "publisher": "SOCIEUX+",
        "year": 2019,
        "languages": ["fr"],
        "countries": ["CI"],
        "approaches": ["planning"],
        "themes": ["national-policies-strategies"],
        "branches": ["social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["SOCIEUX+", "gouvernance", "Côte d'Ivoire"],
        "submitted_by": EXPERT,
        "published_at": "2020-11-30T09:05",
        "views": 611,
        "downloads": 174,
    },
    {
        "type": "report",
        "title": "Définition d'une politique nationale d'assistance sociale en Côte d'Ivoire",
        "abstract": (
            "Analyse qualitative et quantitative de l'action sociale en Côte d'Ivoire et de "
            "son cadre formel, avec une attention particulière à la situation des personnes "
            "âgées. Les experts français mobilisés par SOCIEUX+ ont rédigé des projets de "
            "documents de politique nationale et des mesures concrètes, validées par le MEPS, "
            "en insistant sur le niveau territorial et le rôle des organisations bénévoles "
            "et à but non lucratif."
        ),
        "authors": "Lefèvre, Anne; Diallo-Traoré, Fanta",
        "publisher": "SOCIEUX+",
        "year": 2019,
        "languages": ["fr"],
        "countries": ["CI"],
        "topics": ["social-assistance"],
        "approaches": ["territoriality", "partnership"],
        "themes": ["national-policies-strategies"],
        "branches": ["social-assistance", "old-age"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["SOCIEUX+", "personnes âgées", "action sociale"],
        "submitted_by": EXPERT,
        "published_at": "2021-01-19T10:30",
        "views": 587,
        "downloads": 166,
    },
    {
        "type": "report",
        "title": (
            "Análisis de la Ley de Seguridad Social del Estado de Yucatán: propuestas para la "
            "sostenibilidad financiera del ISSTEY"
        ),
        "abstract": (
            "Informe de la acción de SOCIEUX+ solicitada por el Instituto de Seguridad Social "
            "de los Trabajadores del Estado de Yucatán (ISSTEY) para reformar la ley estatal "
            "de seguridad social. Expertos públicos de España analizaron la situación de las "
            "reservas financieras del Instituto y propusieron, a partir de reformas "
            "europeas de pensiones, cambios en el equilibrio de ingresos, las cotizaciones, "
            "los requisitos de acceso y el cálculo de las pensiones. El resultado es un texto "
            "de ley revisado."
        ),
        "authors": "Martínez Soler, Javier; Ruiz Benítez, Carmen",
        "publisher": "SOCIEUX+",
        "year": 2019,
        "languages": ["es"],
        "countries": ["MX"],
        "approaches": ["planning"],
        "themes": ["legislation"],
        "branches": ["old-age", "social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["pensiones", "reforma legal", "Yucatán", "SOCIEUX+"],
        "submitted_by": EXPERT,
        "published_at": "2025-02-12T12:00",
        "views": 903,
        "downloads": 288,
        "featured": True,
        "file": {
            "name": "isstey-yucatan-analisis-ley-seguridad-social.pdf",
            "title": "ISSTEY - Analisis de la Ley de Seguridad Social de Yucatan",
            "paragraphs": [
                "Análisis de la Ley de Seguridad Social del Estado de Yucatán. Acción de "
                "cooperación técnica SOCIEUX+ con el Instituto de Seguridad Social de los "
                "Trabajadores del Estado de Yucatán (ISSTEY), México.",
                "Solicitud. El ISSTEY pidió apoyo a SOCIEUX+ para preparar la reforma de la "
                "ley estatal de seguridad social, con el fin de introducir normas que "
                "garanticen la sostenibilidad financiera de los servicios y de las "
                "prestaciones debidas a los derechohabientes.",
                "Diagnóstico. El equipo de expertos públicos españoles examinó la evolución "
                "de las reservas financieras del Instituto, la relación entre cotizantes y "
                "pensionistas y los compromisos de pago a largo plazo.",
                "Propuestas. Inspiradas en las tendencias europeas de reforma de los sistemas "
                "de pensiones, las propuestas tratan del equilibrio entre ingresos y gastos "
                "del sistema, de las fórmulas de cotización, de los requisitos de acceso a "
                "las pensiones y de la manera de calcularlas.",
                "Resultado. La cooperación entregó un texto de ley revisado, con artículos y "
                "normas que actúan sobre la sostenibilidad económica y financiera de las "
                "cuentas del ISSTEY.",
                "Próximos pasos. El texto revisado sirve de base al diálogo entre el "
                "Instituto, el gobierno del Estado de Yucatán y los representantes de los "
                "trabajadores del Estado.",
            ],
        },
    },
    {
        "type": "report",
        "title": (
            "Consolidación de la estrategia del IPES: modelo de intervención psicosocial para "
            "vendedores informales de Bogotá"
        ),
        "abstract": (
            "Segunda acción de SOCIEUX+ con el Instituto para la Economía Social (IPES) de "
            "Bogotá, dedicada al componente psicosocial del «Modelo de Atención Integral» "
            "para vendedores informales en el espacio público, un grupo tradicionalmente "
            "excluido de la seguridad social. Expertos de Italia y España impulsaron una "
            "mesa de trabajo con las entidades locales que prestan servicios sociales y "
            "ayudaron a definir un modelo de intervención común para las subdirecciones del "
            "IPES y sus agentes de campo."
        ),
        "authors": "Bianchi, Giulia; Castaño Ríos, Andrés",
        "publisher": "SOCIEUX+ ; Instituto para la Economía Social (IPES)",
        "year": 2020,
        "languages": ["es"],
        "countries": ["CO"],
        "topics": ["local-development", "social-assistance"],
        "approaches": ["integration", "partnership", "territoriality"],
        "branches": ["social-assistance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["vendedores informales", "atención psicosocial", "Bogotá", "SOCIEUX+"],
        "submitted_by": CARLOS,
        "published_at": "2022-08-23T16:45",
        "views": 689,
        "downloads": 219,
        "file": {
            "name": "ipes-bogota-modelo-psicosocial.docx",
            "kind": "docx",
            "paragraphs": [
                "Consolidación de la estrategia del IPES. Modelo de intervención psicosocial "
                "para vendedores informales de Bogotá.",
                "Contexto. El Instituto para la Economía Social (IPES) atiende a los "
                "vendedores informales que trabajan en las calles de Bogotá. Su «Modelo de "
                "Atención Integral» busca ofrecer a estas personas, tradicionalmente "
                "excluidas de los regímenes formales, alguna forma de protección social y "
                "de acompañamiento.",
                "Objetivo de la acción. Esta segunda cooperación entre el IPES y SOCIEUX+ "
                "tenía como fin orientar la puesta en marcha del componente de atención "
                "psicosocial del modelo.",
                "Mesa de trabajo. Con el apoyo de expertos de Italia y España se conformó un "
                "grupo de trabajo con las entidades locales que prestan, o pueden prestar, "
                "servicios sociales a los que la población objetivo tiene derecho.",
                "Modelo común. Se definió un modelo conceptual y metodológico unificado de "
                "intervención psicosocial, que las subdirecciones del IPES pueden aplicar y "
                "que los agentes de campo pueden usar en su trabajo diario con los "
                "vendedores.",
                "Elementos del modelo: acogida y escucha; valoración de la situación de la "
                "persona y de su familia; orientación hacia los servicios del Distrito; "
                "seguimiento de los casos; registro común de la información.",
                "Recomendaciones. Formar a los agentes de campo en el modelo; acordar "
                "protocolos de derivación con las entidades de la mesa de trabajo; evaluar "
                "los resultados al cabo de un año.",
            ],
        },
    },
    {
        "type": "report",
        "title": (
            "Les risques professionnels dans la fonction publique gabonaise : étendre la "
            "couverture de la CPPF"
        ),
        "abstract": (
            "La Caisse des pensions et des prestations familiales des agents de l'État (CPPF) "
            "du Gabon souhaite couvrir ses assurés contre les accidents du travail et les "
            "maladies professionnelles. Des experts publics de France et du Luxembourg, "
            "mobilisés par SOCIEUX+, ont dressé l'inventaire de la couverture existante des "
            "agents publics puis rédigé des projets de textes normatifs qui élargissent les "
            "prestations de la CPPF à ces risques."
        ),
        "authors": "Weber, Claude; Nzé, Sylvie",
        "publisher": "SOCIEUX+",
        "year": 2019,
        "languages": ["fr"],
        "countries": ["GA"],
        "themes": ["legislation"],
        "branches": ["social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["accidents du travail", "maladies professionnelles", "fonction publique"],
        "submitted_by": EXPERT,
        "published_at": "2021-06-07T08:15",
        "views": 472,
        "downloads": 139,
    },
    {
        "type": "study",
        "title": (
            "Viabilidad de un microseguro para los estibadores del mercado mayorista de La "
            "Victoria, Lima"
        ),
        "abstract": (
            "Estudio realizado con el Ministerio de Trabajo y Promoción del Empleo del Perú "
            "sobre las posibilidades, y las dificultades, de usar el microseguro para dar "
            "una cobertura básica a trabajadores no asegurados. Expertos de Francia, Italia y "
            "España se reunieron con los estibadores del mercado mayorista del distrito de La "
            "Victoria y sus sindicatos, y con entidades privadas de microfinanzas, para "
            "estudiar un plan que cubra pensiones y los riesgos de enfermedad o accidente "
            "ligados al trabajo."
        ),
        "authors": "Dupont, Hélène; Rossi, Marco; Gil Navarro, Elena",
        "publisher": "SOCIEUX+ ; Ministerio de Trabajo y Promoción del Empleo del Perú",
        "year": 2018,
        "languages": ["es"],
        "countries": ["PE"],
        "topics": ["local-development"],
        "approaches": ["diagnosis", "project-design"],
        "themes": ["feasibility"],
        "branches": ["microinsurance", "old-age"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["microseguro", "estibadores", "economía informal", "Perú"],
        "submitted_by": CARLOS,
        "published_at": "2022-10-12T11:35",
        "views": 801,
        "downloads": 262,
        "file": {
            "name": "estibadores-la-victoria-microseguro.pdf",
            "title": "Microseguro para los estibadores de La Victoria",
            "paragraphs": [
                "Viabilidad de un microseguro para los estibadores del mercado mayorista de "
                "La Victoria, Lima. Acción SOCIEUX+ con el Ministerio de Trabajo y Promoción "
                "del Empleo del Perú.",
                "Población objetivo. El Ministerio eligió como grupo prioritario a los "
                "estibadores que cargan y descargan mercancías en el mercado mayorista de "
                "productos agrícolas del distrito de La Victoria. Trabajan sin contrato "
                "estable y casi ninguno cotiza a un régimen de pensiones o de salud.",
                "Método. Equipos de expertos de Francia, Italia y España se reunieron con "
                "los representantes de los estibadores y de sus sindicatos para conocer sus "
                "necesidades, sus ingresos y su capacidad de ahorro. También visitaron "
                "entidades privadas de microfinanzas capaces de ofrecer un plan de "
                "microseguro.",
                "Necesidades de cobertura. Los estibadores priorizan una pensión para la "
                "vejez y una protección frente a las enfermedades y los accidentes de "
                "trabajo, frecuentes en un oficio de gran esfuerzo físico.",
                "Conclusiones. Un microseguro es una opción posible si se combina con el "
                "sistema público y si las organizaciones de los trabajadores participan en "
                "su gestión. Las primas deben cobrarse con frecuencia y en montos pequeños, "
                "acordes con ingresos diarios e irregulares.",
                "Dificultades. La desconfianza hacia los seguros, la ausencia de registros "
                "de ingresos y la rotación de los trabajadores entre mercados complican la "
                "afiliación y el cobro de las primas.",
            ],
        },
    },
    # --- BELINCOSOC --------------------------------------------------------------------
    {
        "type": "presentation",
        "title": "Government pensions and their reform: EU-China seminar, February 2015",
        "abstract": (
            "Presentations from a two-day seminar organised by BELINCOSOC and the Belgian "
            "National Pensions Service for senior Chinese government officials, under the "
            "EU-China Social Protection Reform Project. The project, funded by the European "
            "Commission and led by the Italian INPS, brings seven European countries together "
            "with Chinese stakeholders from late 2014 for four years. The seminar, opened by "
            "the Belgian Minister of Pensions, Daniel Bacquelaine, compared European and "
            "Chinese experience of pension reform."
        ),
        "authors": "Van Der Heyden, Michiel",
        "publisher": "BELINCOSOC, FPS Social Security; National Pensions Service (Belgium)",
        "date": "2015-02-26",
        "languages": ["en"],
        "countries": ["CN", "BE"],
        "branches": ["old-age", "social-insurance"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["pensions", "EU-China SPRP", "civil servants"],
        "submitted_by": EXPERT,
        "published_at": "2020-05-04T13:00",
        "views": 538,
        "downloads": 147,
    },
    {
        "type": "report",
        "title": (
            "Accompagner la mise en place de l'observation et du suivi des indicateurs de "
            "protection sociale au Maroc (2015-2016)"
        ),
        "abstract": (
            "Bilan d'un jumelage financé par la Commission européenne et mené par "
            "BELINCOSOC avec Expertise France : collecte des données, construction et suivi "
            "d'indicateurs, système de suivi de la protection sociale. Une délégation "
            "marocaine a découvert en octobre 2015 les indicateurs belges, le suivi européen "
            "et l'entrepôt de données de la Banque Carrefour de la sécurité sociale ; les 12 "
            "et 13 décembre 2016, les échanges ont porté sur la démographie, les indicateurs "
            "de santé et la microsimulation."
        ),
        "authors": "Vleminckx, Koen",
        "publisher": "BELINCOSOC, SPF Sécurité sociale ; Expertise France",
        "year": 2016,
        "languages": ["fr"],
        "countries": ["MA", "BE"],
        "approaches": ["monitoring-evaluation"],
        "themes": ["monitoring-evaluation"],
        "collections": ["technical-cooperation-reports"],
        "tags": ["jumelage", "indicateurs", "microsimulation", "Maroc"],
        "submitted_by": EXPERT,
        "published_at": "2020-07-21T10:50",
        "views": 497,
        "downloads": 121,
    },
    # --- Trainings, conferences, resources of 2006-2007 --------------------------------
    {
        "type": "training-material",
        "title": (
            "Designing and Implementing Social Transfer Programmes: course materials "
            "(Cape Town, 16-29 September 2007)"
        ),
        "abstract": (
            "Materials of a two-week course for policy-makers, government officials and "
            "practitioners from around the world who plan or run social transfer programmes: "
            "choosing who is entitled, setting benefit levels, delivering payments, and "
            "following up results. The course was one of the first items announced on the "
            "GESS platform."
        ),
        "authors": "Dlamini, Thandiwe; Hendricks, Paul",
        "publisher": "Economic Policy Research Institute",
        "date": "2007-09-16",
        "languages": ["en"],
        "countries": ["ZA"],
        "topics": ["social-assistance", "child-labour"],
        "approaches": ["project-design"],
        "branches": ["cash-transfers", "social-assistance"],
        "tags": ["cash transfers", "training", "Cape Town"],
        "submitted_by": EDITOR,
        "published_at": "2020-04-14T15:20",
        "views": 1190,
        "downloads": 433,
    },
    {
        "type": "presentation",
        "title": "Microinsurance Conference 2007, Mumbai: summary and presentations",
        "abstract": (
            "Summary and presentations of the international microinsurance conference held "
            "in Mumbai from 13 to 15 November 2007 by the CGAP Working Group on "
            "Microinsurance and the Munich Re Foundation, with the support of India's "
            "Insurance Regulatory and Development Authority (IRDA). Some 200 experts from "
            "international organisations, NGOs, insurers, ministries and foundations "
            "discussed regulation and supervision, efficiency, innovative products, and "
            "group versus individual cover."
        ),
        "authors": "",
        "publisher": "Munich Re Foundation; CGAP Working Group on Microinsurance",
        "date": "2007-11-15",
        "languages": ["en"],
        "countries": ["IN"],
        "themes": ["overview", "legislation"],
        "branches": ["microinsurance"],
        "tags": ["microinsurance", "conference", "regulation"],
        "submitted_by": EDITOR,
        "published_at": "2020-10-05T09:45",
        "views": 866,
        "downloads": 302,
    },
    {
        "type": "article",
        "title": (
            "E-note sur la micro-assurance : options institutionnelles et plus-value coopérative"
        ),
        "abstract": (
            "Note publiée en juillet 2007 par le Steunpunt Coöperatief Ondernemen (Centre "
            "d'étude de l'entrepreneuriat coopératif), avec la BRS et le pôle international "
            "du Cera. Elle présente la micro-assurance dans les pays du Sud, les formes "
            "juridiques possibles des micro-assureurs, l'apport des coopératives et des "
            "mutuelles, la complémentarité avec la microfinance et le rôle des acteurs belges."
        ),
        "authors": "",
        "publisher": "Steunpunt Coöperatief Ondernemen ; BRS ; Cera",
        "date": "2007-07-01",
        "languages": ["fr"],
        "countries": ["BE"],
        "topics": ["local-development"],
        "themes": ["overview"],
        "branches": ["microinsurance"],
        "tags": ["coopératives", "micro-assurance", "Belgique"],
        "submitted_by": EDITOR,
        "published_at": "2022-01-25T14:10",
        "views": 412,
        "downloads": 98,
    },
    {
        "type": "report",
        "title": "Plan d'action de PlaNet Finance pour le développement de la micro-assurance",
        "abstract": (
            "Après une phase de test en 2006-2007, PlaNet Finance déploie son approche de la "
            "micro-assurance pour couvrir sept millions de micro-entrepreneurs dans 20 pays "
            "d'ici 2010 : assurance décès-invalidité des emprunteurs au Maroc, en Égypte, en "
            "Jordanie et en Afrique du Sud, institution de micro-assurance santé au Bénin "
            "avec le programme STEP du BIT (plus de 100 000 personnes en trois ans), kit "
            "d'auto-formation aux études de faisabilité et prix de la micro-assurance en Inde."
        ),
        "authors": "Dubreuil, Mathieu",
        "publisher": "PlaNet Finance",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["MA", "EG", "JO", "ZA", "BJ", "IN"],
        "topics": ["local-development"],
        "themes": ["feasibility", "marketing"],
        "branches": ["microinsurance"],
        "tags": ["microfinance", "micro-assurance", "PlaNet Finance"],
        "submitted_by": EDITOR,
        "published_at": "2021-02-08T09:55",
        "views": 590,
        "downloads": 158,
    },
    {
        "type": "report",
        "title": (
            "Social security for all: investing in global social and economic development. "
            "A consultation"
        ),
        "abstract": (
            "Consultation paper of the ILO Social Security Department (2006) on the case for "
            "extending social security to everyone: only one person in five has adequate "
            "coverage, and half of the world's population has none. It argues that a basic "
            "set of benefits is affordable in most low-income countries, reduces poverty and "
            "supports growth, and invites comments on how the ILO should pursue its Global "
            "Campaign on Social Security and Coverage for All."
        ),
        "authors": "",
        "publisher": "ILO Social Security Department (SECSOC)",
        "year": 2006,
        "languages": ["en"],
        "topics": ["social-assistance"],
        "themes": ["relevance"],
        "branches": ["universal-benefits", "social-assistance"],
        "tags": ["global campaign", "social security floor", "financing"],
        "submitted_by": EDITOR,
        "published_at": "2020-02-24T11:00",
        "views": 1410,
        "downloads": 521,
    },
    {
        "type": "study",
        "title": (
            "The extension of social security coverage: the approach of the International "
            "Labour Office"
        ),
        "abstract": (
            "Paper setting out how the ILO works to bring social security to people who are "
            "not covered, following the new consensus on social security reached by "
            "governments, employers and workers at the International Labour Conference of "
            "2001: extending statutory social insurance, promoting community-based and "
            "micro-insurance schemes, and developing universal and means-tested benefits "
            "financed from taxes."
        ),
        "authors": "Reynaud, Emmanuel",
        "publisher": "International Labour Office",
        "year": 2002,
        "languages": ["en"],
        "topics": ["social-assistance"],
        "themes": ["overview", "relevance"],
        "branches": ["social-insurance", "universal-benefits", "microinsurance"],
        "tags": ["ILO", "coverage", "strategy"],
        "submitted_by": EXPERT,
        "published_at": "2020-02-24T11:05",
        "views": 1288,
        "downloads": 478,
    },
    {
        "type": "article",
        "title": (
            "Articulations entre les régimes légaux de sécurité sociale et les mécanismes de "
            "protection sociale à base communautaire : une nouvelle approche prometteuse"
        ),
        "abstract": (
            "Article issu d'une étude conjointe du BIT, de l'AISS et de l'AIM, présenté le 13 "
            "septembre 2007 au Forum mondial de la sécurité sociale, à Moscou, devant la "
            "commission technique de la mutualité. Il propose une typologie des liens entre "
            "régimes légaux et protection sociale à base communautaire, illustrée par des "
            "études de cas en Argentine, au Burundi, en Chine, en Colombie, au Ghana, en "
            "Inde, au Laos, aux Philippines, au Rwanda et en Uruguay."
        ),
        "authors": (
            "Coheur, Alain; Schremmer, Jens; Jacquier, Christian; Schmitt-Diabaté, Valérie"
        ),
        "publisher": "BIT ; AISS ; AIM",
        "year": 2007,
        "languages": ["fr", "en"],
        "countries": ["AR", "BI", "CN", "CO", "GH", "IN", "LA", "PH", "RW", "UY"],
        "topics": ["local-development"],
        "approaches": ["integration", "partnership"],
        "themes": ["linkages"],
        "branches": ["linkages", "social-insurance", "microinsurance"],
        "tags": ["articulations", "protection sociale communautaire", "AISS"],
        "submitted_by": EDITOR,
        "published_at": "2023-05-30T10:25",
        "views": 1015,
        "downloads": 389,
    },
    {
        "type": "article",
        "title": "Contribution des mutuelles de santé à la lutte contre le VIH/sida au Cameroun",
        "abstract": (
            "Depuis juin 2007, le programme germano-camerounais santé/sida soutenu par la "
            "GTZ fait entrer la prise en charge des personnes vivant avec le VIH dans le "
            "paquet de cinq mutuelles de santé, dont celles de Tiko, Manjo, Kumbo et Wum. "
            "Plus de 2000 mutualistes concernés, une observance déclarée de 47 % seulement : "
            "l'expérience combine anonymat des remboursements, patients experts, formation à "
            "l'observance et fonds de réassurance."
        ),
        "authors": "Ahawo, Alain; Kopnang, Peggy",
        "publisher": "GTZ, programme germano-camerounais santé/sida",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["CM"],
        "topics": ["hiv-aids"],
        "approaches": ["integration"],
        "branches": ["health-care", "microinsurance"],
        "tags": ["VIH/sida", "Cameroun", "réassurance", "observance"],
        "submitted_by": AMINATA,
        "published_at": "2023-11-30T09:00",
        "views": 702,
        "downloads": 214,
    },
    {
        "type": "guide",
        "title": "Guide for Action: participatory diagnosis of social exclusion in a territory",
        "abstract": (
            "A CIARIS guide for local teams who start a project against social exclusion. It "
            "shows how to map who is excluded and why, with the people concerned, local "
            "authorities and associations; how to account for women's unpaid work and "
            "for gender differences; and how to turn the diagnosis into priorities for a "
            "local plan."
        ),
        "authors": "Ferreira, Teresa; Mucavele, Joaquim",
        "publisher": "ILO, STEP Programme (CIARIS)",
        "year": 2008,
        "languages": ["en"],
        "countries": ["PT", "MZ", "CV"],
        "topics": ["local-development", "gender", "unpaid-work"],
        "approaches": ["diagnosis", "participation", "territoriality"],
        "collections": ["guide-for-action"],
        "tags": ["social exclusion", "participatory diagnosis", "local plan"],
        "submitted_by": EDITOR,
        "published_at": "2022-06-13T12:30",
        "views": 645,
        "downloads": 240,
    },
    # --- External links ----------------------------------------------------------------
    {
        "type": "link",
        "title": "International Social Security Association (ISSA)",
        "abstract": (
            "The international organisation of social security institutions, government "
            "departments and agencies. Its site offers guidelines for administrations, "
            "country profiles and news from its members."
        ),
        "publisher": "International Social Security Association",
        "languages": ["en", "fr", "es"],
        "url": "https://www.issa.int/",
        "themes": ["overview"],
        "tags": ["social security institutions", "good practice"],
        "submitted_by": EDITOR,
        "published_at": "2020-02-03T08:00",
        "views": 380,
        "downloads": 0,
    },
    {
        "type": "link",
        "title": "SOCIEUX+ EU Expertise on Social Protection, Labour and Employment",
        "abstract": (
            "The European Union's facility for short-term, peer-to-peer technical "
            "cooperation on social protection, labour and employment, implemented with "
            "Belgium, France and Spain. Its site lists the actions carried out with partner "
            "institutions and their results."
        ),
        "publisher": "SOCIEUX+",
        "languages": ["en", "fr", "es"],
        "url": "https://socieux.eu/",
        "collections": ["technical-cooperation-reports"],
        "tags": ["SOCIEUX+", "technical cooperation", "European Union"],
        "submitted_by": EXPERT,
        "published_at": "2020-11-30T09:00",
        "views": 295,
        "downloads": 0,
    },
    {
        "type": "link",
        "title": (
            "La Concertation entre les acteurs du développement des mutuelles de santé en Afrique"
        ),
        "abstract": (
            "Réseau des acteurs des mutuelles de santé en Afrique de l'Ouest et du Centre. "
            "Son site publie le Courrier de la Concertation, les travaux de ses forums et "
            "l'inventaire permanent des mutuelles, que les mutuelles remplissent en ligne."
        ),
        "publisher": "La Concertation",
        "languages": ["fr"],
        "url": "https://www.concertation.org/",
        "regions": ["africa"],
        "topics": ["local-development"],
        "branches": ["microinsurance"],
        "tags": ["réseau", "mutuelles de santé", "inventaire"],
        "submitted_by": AMINATA,
        "published_at": "2021-05-11T09:00",
        "views": 344,
        "downloads": 0,
    },
    # --- The editors' review queue ------------------------------------------------------
    {
        "status": "pending",
        "type": "article",
        "title": (
            "Les fonds de garantie, levier de consolidation des mutuelles de santé : pistes "
            "de réflexion"
        ),
        "abstract": (
            "Réflexion sur les objectifs d'un fonds de garantie pour les mutuelles de santé. "
            "Au-delà du redressement des mutuelles en difficulté, l'auteur propose d'en faire "
            "un outil de diversification et de maîtrise des risques, et appelle à des termes "
            "de référence partagés par les acteurs du mouvement mutualiste."
        ),
        "authors": "Niasse, Alioune",
        "publisher": "ASADEP, Saint-Louis",
        "year": 2007,
        "languages": ["fr"],
        "countries": ["SN"],
        "topics": ["local-development"],
        "themes": ["management"],
        "branches": ["microinsurance"],
        "tags": ["fonds de garantie", "mutuelles de santé", "consolidation financière"],
        "submitted_by": AMINATA,
        "file": {
            "name": "fonds-de-garantie-mutuelles.pdf",
            "title": "Les fonds de garantie et les mutuelles de sante",
            "paragraphs": [
                "Les fonds de garantie, levier de consolidation des mutuelles de santé. "
                "Contribution de l'ASADEP, Saint-Louis, Sénégal.",
                "Pour les acteurs du développement de la mutualité, le fonds de garantie est "
                "un instrument important de consolidation financière. Le Guide de gestion des "
                "mutuelles de santé en Afrique (STEP/BIT, 2003) en a décrit les objectifs.",
                "Les mutuelles se heurtent à des contraintes nombreuses et variées. Leur "
                "développement suit à peu près une courbe de demande classique : démarrage, "
                "croissance, maturité, puis parfois déclin ou turbulences.",
                "Le premier objectif d'un fonds de garantie serait d'aider une mutuelle en "
                "difficulté à se redresser. Il peut aussi soutenir la diversification, par "
                "exemple lorsqu'une mutuelle veut proposer de nouveaux produits à ses "
                "adhérents ou à d'autres groupes de la population.",
                "Nous proposons d'élaborer des termes de référence partagés pour que le fonds "
                "de garantie devienne un outil technique et financier de promotion des "
                "mutuelles et de maîtrise des risques complexes.",
            ],
        },
    },
    {
        "status": "pending",
        "type": "training-material",
        "title": (
            "Curso internacional: diseño, desarrollo e implementación de productos de "
            "microseguro (Santa Cruz de la Sierra, 10-13 de septiembre de 2007)"
        ),
        "abstract": (
            "Materiales del curso organizado por el Centro Internacional de Apoyo a las "
            "Innovaciones Financieras (AFIN) y el Centro Internacional de Formación de la OIT, "
            "con el apoyo de PROFIN y ADA, para directivos de instituciones de microfinanzas, "
            "funcionarios de aseguradoras y de entidades reguladoras y expertos en "
            "microfinanzas."
        ),
        "authors": "Vargas Rocha, Marcela",
        "publisher": "AFIN ; Centro Internacional de Formación de la OIT",
        "date": "2007-09-13",
        "languages": ["es"],
        "countries": ["BO"],
        "themes": ["marketing", "feasibility"],
        "branches": ["microinsurance"],
        "tags": ["microseguro", "formación", "Bolivia"],
        "submitted_by": CARLOS,
    },
    {
        "status": "rejected",
        "type": "article",
        "title": (
            "L'Aga Khan et la micro-assurance : entretien paru dans L'Express (4 juillet 2007)"
        ),
        "abstract": (
            "Résumé d'un entretien dans lequel Karim Aga Khan IV explique pourquoi la "
            "protection et la sécurité doivent faire partie des projets de développement, et "
            "pourquoi il envisage la micro-assurance."
        ),
        "authors": "",
        "publisher": "L'Express",
        "date": "2007-07-04",
        "languages": ["fr"],
        "branches": ["microinsurance"],
        "tags": ["entretien", "micro-assurance"],
        "submitted_by": AMINATA,
        "rejection_reason": (
            "Il s'agit du résumé d'un entretien publié par un magazine et protégé par le droit "
            "d'auteur. Merci de proposer plutôt un lien (type « Lien ») vers la page de "
            "l'éditeur, avec quelques lignes de présentation écrites par vous."
        ),
    },
]

# (start of the item's title, author's e-mail, comment); shown in this order.
COMMENTS = [
    (
        "Le rôle des mutuelles sociales",
        AMINATA,
        "Très utile pour notre union de Thiès : la partie sur les conventions de délégation "
        "répond à des questions que nos membres posent à chaque assemblée générale.",
    ),
    (
        "Le rôle des mutuelles sociales",
        EDITOR,
        "Merci Aminata. La version mise en page sera diffusée dans les États membres ; nous "
        "l'ajouterons ici dès sa parution.",
    ),
    (
        "Análisis de la Ley de Seguridad Social",
        EXPERT,
        "Las propuestas sobre los requisitos de acceso se parecen mucho a las reformas "
        "españolas de 2011 y 2013. Sería interesante comparar las proyecciones actuariales.",
    ),
    (
        "Viabilidad de un microseguro",
        CARLOS,
        "En el Ministerio seguimos trabajando con los sindicatos de estibadores; el cobro "
        "diario de primas pequeñas sigue siendo la clave.",
    ),
]

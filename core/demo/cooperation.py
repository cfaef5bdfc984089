# ruff: noqa: E501  (sentences in three languages read better unbroken)
"""Demo technical cooperation: types of assistance, programmes, partners, actions.

The facts come from the seed documents: the SOCIEUX+ action sheets (partner
institutions, types of assistance, the experts' countries, what each action
delivered), BELINCOSOC's overview of its projects with China and Morocco
(2015-2016) and the ILO's progress report for Western Africa of December 2023
(project GLO/21/34/MUL): its outcomes, outputs and outcome indicators with
their baselines, milestones and targets. The summaries are written for the
demo; the action dates follow the reports in the demo library. The results
frameworks of the Morocco and EU-China actions are illustrations: their
figures are invented, so that the progress reports show every status.

Idempotent: types and programmes are found by slug, partners by name, actions
by slug, results by (action, number), indicators by (result, order) and
milestones by (indicator, due date); a second run changes nothing.
"""

from datetime import date
from decimal import Decimal

from cooperation.models import (
    Action,
    AssistanceType,
    Milestone,
    PartnerInstitution,
    Programme,
    Result,
    ResultIndicator,
)
from library.models import Item

# slug, English, French, Spanish
ASSISTANCE_TYPES = [
    (
        "policy-development",
        "Policy development",
        "Élaboration de politiques",
        "Desarrollo de políticas",
    ),
    (
        "legislation",
        "Legislative and regulatory framework development",
        "Élaboration du cadre législatif et réglementaire",
        "Desarrollo del marco legislativo y normativo",
    ),
    (
        "capacity-building",
        "Capacity building and training",
        "Renforcement des capacités et formation",
        "Fortalecimiento de capacidades y formación",
    ),
    (
        "statistics",
        "Statistics and monitoring",
        "Statistiques et suivi",
        "Estadísticas y seguimiento",
    ),
    (
        "actuarial-financial",
        "Actuarial and financial analysis",
        "Analyse actuarielle et financière",
        "Análisis actuarial y financiero",
    ),
    (
        "administration-systems",
        "Administration and information systems",
        "Administration et systèmes d'information",
        "Administración y sistemas de información",
    ),
    (
        "awareness-dialogue",
        "Awareness and social dialogue",
        "Sensibilisation et dialogue social",
        "Sensibilización y diálogo social",
    ),
]

PROGRAMMES = [
    {
        "slug": "socieux-plus",
        "acronym": "SOCIEUX+",
        "name": "EU Social Protection, Labour and Employment expertise facility",
        "name_fr": "Facilité d'expertise de l'UE en protection sociale, travail et emploi",
        "name_es": "Mecanismo de expertos de la UE en protección social, trabajo y empleo",
        "funders": "European Union",
        "website": "https://socieux.eu/",
        "description": (
            "SOCIEUX+ answers requests from partner institutions with short missions by "
            "public experts from European administrations. It is implemented by BELINCOSOC, "
            "the international projects unit of Belgium's Federal Public Service Social "
            "Security, with Expertise France and FIIAPP, the Spanish public foundation for "
            "international cooperation."
        ),
        "description_fr": (
            "SOCIEUX+ répond aux demandes d'institutions partenaires par des missions courtes "
            "d'experts publics des administrations européennes. Il est mis en œuvre par "
            "BELINCOSOC, la cellule des projets internationaux du SPF Sécurité sociale de "
            "Belgique, avec Expertise France et la FIIAPP."
        ),
        "description_es": (
            "SOCIEUX+ responde a las solicitudes de instituciones socias con misiones cortas de "
            "expertos públicos de administraciones europeas. Lo ejecutan BELINCOSOC, la unidad "
            "de proyectos internacionales del Servicio Público Federal de Seguridad Social de "
            "Bélgica, Expertise France y la FIIAPP."
        ),
    },
    {
        "slug": "flagship-phase-2",
        "acronym": "",
        "name": "ILO Global Flagship Programme on Building Social Protection Floors for All \u2013 Phase II",
        "name_fr": "Programme phare mondial du BIT « Bâtir des socles de protection sociale pour tous » \u2013 Phase II",
        "name_es": "Programa Mundial Insignia de la OIT «Construir pisos de protección social para todos» \u2013 Fase II",
        "code": "GLO/21/34/MUL",
        "funders": "Belgium and Luxembourg",
        "start_date": date(2022, 1, 1),
        "end_date": date(2025, 12, 31),
        "description": (
            "The second phase of the ILO's flagship programme helps countries build social "
            "protection floors and extend coverage to workers in the informal economy. Its "
            "Western Africa strategy works through the WAEMU Commission and CIPRES, the "
            "Inter-African Conference on Social Security."
        ),
        "description_fr": (
            "La deuxième phase du programme phare du BIT aide les pays à bâtir des socles de "
            "protection sociale et à étendre la couverture aux travailleurs de l'économie "
            "informelle. Sa stratégie pour l'Afrique de l'Ouest passe par la Commission de "
            "l'UEMOA et par la CIPRES."
        ),
    },
    {
        "slug": "eu-china-sprp",
        "acronym": "EU-China SPRP",
        "name": "EU\u2013China Social Protection Reform Project",
        "name_fr": "Projet UE\u2013Chine de réforme de la protection sociale",
        "name_es": "Proyecto UE\u2013China de reforma de la protección social",
        "funders": "European Union",
        "start_date": date(2014, 12, 1),
        "end_date": date(2018, 11, 30),
        "description": (
            "A four-year project to help the People's Republic of China improve its social "
            "security system and widen its coverage. A consortium of seven European countries "
            "(Belgium, the Czech Republic, France, Italy, Poland, Romania and Spain), led by "
            "Italy's National Social Security Institute (INPS), works with the Chinese "
            "authorities."
        ),
    },
    {
        "slug": "morocco-twinning-indicators",
        "acronym": "",
        "name": "EU twinning with Morocco on social protection indicators",
        "name_fr": "Jumelage UE\u2013Maroc sur les indicateurs de protection sociale",
        "name_es": "Hermanamiento UE\u2013Marruecos sobre los indicadores de protección social",
        "funders": "European Union",
        "description": (
            "A twinning project funded by the European Commission and carried out by "
            "BELINCOSOC with Expertise France, to pass on the experience of Belgian and French "
            "institutions in collecting social protection data, building indicators and "
            "monitoring the system."
        ),
    },
]

# name, acronym, name in its own language, country
PARTNERS = [
    (
        "Ministry of Employment and Social Protection",
        "MEPS",
        "Ministère de l'Emploi et de la Protection sociale",
        "CI",
    ),
    (
        "Institute of Social Security for State Workers of Yucatán",
        "ISSTEY",
        "Instituto de Seguridad Social de los Trabajadores del Estado de Yucatán",
        "MX",
    ),
    ("Institute for Social Economy", "IPES", "Instituto para la Economía Social", "CO"),
    (
        "Pension and Family Benefits Fund for State Agents",
        "CPPF",
        "Caisse des pensions et des prestations familiales des agents de l'État",
        "GA",
    ),
    (
        "Ministry of Labour and Employment Promotion",
        "MTPE",
        "Ministerio de Trabajo y Promoción del Empleo",
        "PE",
    ),
    (
        "Commission of the West African Economic and Monetary Union",
        "WAEMU",
        "Commission de l'Union économique et monétaire ouest-africaine (UEMOA)",
        "BF",
    ),
    (
        "Inter-African Conference on Social Security",
        "CIPRES",
        "Conférence interafricaine de la prévoyance sociale",
        "TG",
    ),
    ("Ministry of Economy and Finance", "MEF", "Ministère de l'Économie et des Finances", "MA"),
    (
        "Ministry of Human Resources and Social Security",
        "MOHRSS",
        "中华人民共和国人力资源和社会保障部",
        "CN",
    ),
]

COMPLETED = Action.Status.COMPLETED
OUTCOME = Result.Kind.OUTCOME
OUTPUT = Result.Kind.OUTPUT
S = ResultIndicator.Status

# Results frameworks: each result is (kind, number, statement, {language: statement},
# indicators); each indicator a dict of ResultIndicator fields plus "milestones":
# (due date, planned, actual or None, note).
WESTERN_AFRICA_RESULTS = [
    (
        OUTCOME,
        "1",
        "Tripartite constituents in Western Africa have the capacity and the tools to promote integrated, adequately funded policies that extend social protection to workers in the informal economy.",
        {
            "fr": "Les mandants tripartites d'Afrique de l'Ouest ont les capacités et les outils pour promouvoir des politiques intégrées et bien financées qui étendent la protection sociale aux travailleurs de l'économie informelle."
        },
        [
            {
                "name": "Number of managers and representatives of workers' and employers' organisations trained to improve synergies between social protection and public finance management",
                "name_fr": "Nombre de cadres et de représentants des organisations d'employeurs et de travailleurs formés pour mieux articuler protection sociale et gestion des finances publiques",
                "unit": "people",
                "baseline": 0,
                "target": 43,
                "target_date": date(2025, 12, 31),
                "actual": 43,
                "actual_date": date(2023, 11, 30),
                "status": S.ON_TRACK,
                "comment": "Forty-three tripartite constituents (8 women, 35 men) followed the regional course on financing social protection run with the WAEMU Commission and UNICEF in September 2023. The report rates the outcome on track: most milestones were reached.",
                "milestones": [
                    (
                        date(2023, 11, 30),
                        43,
                        43,
                        "Regional course on financing social protection, September 2023",
                    ),
                ],
            },
            {
                "name": "Number of countries whose social protection data have been collected by the ILO",
                "name_fr": "Nombre de pays dont les données de protection sociale ont été collectées par le BIT",
                "unit": "countries",
                "baseline": 3,
                "target": 16,
                "target_date": date(2025, 12, 31),
                "status": S.AT_RISK,
                "comment": "At risk: the 2023 report gives no figure against the milestone of 6 countries. CIPRES received collection tools and technical support to gather data from the national social security funds, but the collection was still under way in November 2023, with 16 countries to reach by the end of 2025.",
                "milestones": [
                    (
                        date(2023, 11, 30),
                        6,
                        None,
                        "No count reported; collection with CIPRES under way",
                    ),
                ],
            },
        ],
    ),
    (
        OUTPUT,
        "1.1",
        "Expertise on integrated social protection policies, financing included, is available on demand in the subregion.",
        {
            "fr": "Une expertise sur les politiques intégrées de protection sociale, y compris leur financement, est disponible à la demande dans la sous-région."
        },
        [],
    ),
    (
        OUTCOME,
        "2",
        "The WAEMU Commission and CIPRES are better able to help their member States carry out social protection policies in line with the ILO's principles and standards.",
        {
            "fr": "La Commission de l'UEMOA et la CIPRES sont mieux à même d'aider leurs États membres à mettre en œuvre des politiques de protection sociale conformes aux principes et aux normes de l'OIT."
        },
        [
            {
                "name": "Number of publications on lessons learned from international experience of integrating social mutuals into national social health protection systems",
                "name_fr": "Nombre de publications sur les enseignements des expériences internationales d'intégration des mutuelles sociales dans les systèmes nationaux de protection sociale en santé",
                "unit": "publications",
                "baseline": 0,
                "target": 1,
                "target_date": date(2025, 12, 31),
                "actual": 1,
                "actual_date": date(2023, 10, 31),
                "status": S.ACHIEVED,
                "comment": "The working paper was validated at the regional workshop in Dakar in October 2023; it is to be published and disseminated in 2024.",
                "milestones": [
                    (date(2023, 11, 30), 1, 1, "Working paper validated in Dakar, October 2023"),
                ],
            },
        ],
    ),
    (
        OUTPUT,
        "2.1",
        "The WAEMU Commission and CIPRES have stronger capacities to support their member States: a regional social protection strategy, guidance on the place of social mutuals, and training on international standards.",
        {
            "fr": "La Commission de l'UEMOA et la CIPRES ont renforcé leurs capacités d'appui aux États membres : une stratégie régionale de protection sociale, des orientations sur la place des mutuelles sociales et une formation aux normes internationales."
        },
        [],
    ),
]

MOROCCO_RESULTS = [
    (
        OUTCOME,
        "1",
        "Morocco follows its social protection system with a set of indicators produced regularly from administrative data.",
        {
            "fr": "Le Maroc suit son système de protection sociale grâce à un ensemble d'indicateurs produits régulièrement à partir des données administratives."
        },
        [
            {
                "name": "Social protection monitoring report published by the partner ministry",
                "name_fr": "Rapport de suivi de la protection sociale publié par le ministère partenaire",
                "unit": "reports",
                "baseline": 0,
                "target": 1,
                "target_date": date(2017, 12, 31),
                "status": S.NOT_STARTED,
                "comment": "At the review of December 2016, drafting was to start once the set of indicators was complete.",
                "milestones": [(date(2017, 12, 31), 1, None, "First report")],
            },
        ],
    ),
    (
        OUTPUT,
        "1.1",
        "A set of social protection indicators, health indicators included, is defined with its data sources and methods of calculation.",
        {
            "fr": "Un ensemble d'indicateurs de protection sociale, y compris des indicateurs de santé, est défini avec ses sources de données et ses méthodes de calcul."
        },
        [
            {
                "name": "Indicators with an agreed definition, data source and method of calculation",
                "name_fr": "Indicateurs dont la définition, la source et la méthode de calcul sont validées",
                "unit": "indicators",
                "baseline": 0,
                "target": 40,
                "target_date": date(2017, 6, 30),
                "actual": 19,
                "actual_date": date(2016, 12, 13),
                "status": S.AT_RISK,
                "comment": "Health insurance data reach the ministry late and in different formats, which slowed the work on health indicators. At risk unless the bodies concerned agree on a common data exchange in 2017.",
                "milestones": [
                    (date(2016, 6, 30), 15, 12, "Pensions and family benefits"),
                    (
                        date(2016, 12, 31),
                        30,
                        19,
                        "Health indicators discussed in Brussels, 12-13 December 2016",
                    ),
                ],
            },
        ],
    ),
    (
        OUTPUT,
        "1.2",
        "Staff of the partner institutions can make projections and microsimulations to assess policies before they are adopted.",
        {},
        [
            {
                "name": "Partner staff trained in projections and microsimulation",
                "name_fr": "Agents des institutions partenaires formés aux projections et à la microsimulation",
                "unit": "people",
                "baseline": 0,
                "target": 20,
                "target_date": date(2017, 6, 30),
                "actual": 4,
                "actual_date": date(2016, 12, 13),
                "status": S.OFF_TRACK,
                "comment": "Only four officials could attend the sessions held in Belgium in December 2016, and the follow-up training in Rabat has no date yet.",
                "milestones": [(date(2016, 12, 31), 12, 4, "Sessions in Belgium, December 2016")],
            },
        ],
    ),
]

CHINA_RESULTS = [
    (
        OUTCOME,
        "1",
        "China's social security authorities have the analysis and the options they need to reform pensions and extend coverage.",
        {
            "es": "Las autoridades chinas de seguridad social disponen del análisis y de las opciones que necesitan para reformar las pensiones y extender la cobertura."
        },
        [],
    ),
    (
        OUTPUT,
        "1.1",
        "Senior officials and experts have compared European and Chinese experience of pension reform in seminars and study visits.",
        {},
        [
            {
                "name": "Senior Chinese officials who took part in seminars and study visits in Europe",
                "name_es": "Altos funcionarios chinos que participaron en seminarios y visitas de estudio en Europa",
                "unit": "people",
                "baseline": 0,
                "target": 60,
                "target_date": date(2018, 11, 30),
                "actual": 64,
                "actual_date": date(2018, 11, 30),
                "status": S.ACHIEVED,
                "comment": "Including the seminar on government pensions in Belgium in February 2015 and the NDRC delegation's visit in September 2016.",
                "milestones": [
                    (date(2015, 12, 31), 15, 18, "Seminar on government pensions, February 2015"),
                    (date(2016, 12, 31), 35, 41, "NDRC delegation, September 2016"),
                    (date(2018, 11, 30), 60, 64, ""),
                ],
            },
        ],
    ),
    (
        OUTPUT,
        "1.2",
        "Papers on pension reform options are handed to the Ministry of Human Resources and Social Security.",
        {},
        [
            {
                "name": "Policy papers on pension reform options handed to the ministry",
                "name_es": "Documentos de política sobre opciones de reforma de pensiones entregados al ministerio",
                "unit": "papers",
                "baseline": 0,
                "target": 6,
                "target_date": date(2018, 11, 30),
                "actual": 4,
                "actual_date": date(2018, 11, 30),
                "status": S.OFF_TRACK,
                "comment": "Two papers on pensions for public employees were merged into one, and the paper on investing pension funds was dropped at the partners' request.",
                "milestones": [
                    (date(2016, 12, 31), 3, 2, ""),
                    (date(2018, 11, 30), 6, 4, "End of the project"),
                ],
            },
        ],
    ),
]

# Each action: its fields, the slugs of its types, its partner's acronym, its
# programme's slug, the start of the titles of its library documents, its results.
ACTIONS = [
    {
        "slug": "ci-national-social-security-policy",
        "title": "Definition of a national social security policy",
        "title_fr": "Définition d'une politique nationale de sécurité sociale",
        "country": "CI",
        "partner": "MEPS",
        "programme": "socieux-plus",
        "types": ["policy-development"],
        "expert_countries": ["FR"],
        "start_date": date(2018, 3, 1),
        "end_date": date(2019, 6, 30),
        "status": COMPLETED,
        "summary": "At the request of the Ministry of Employment and Social Protection, public experts from France worked with the ministry in three successive activities on the reforms a modern social security strategy calls for: how the system is governed, which new groups of people it should cover, and the skills its institutions' staff need.",
        "summary_fr": "À la demande du ministère de l'Emploi et de la Protection sociale, des experts publics français ont travaillé avec le ministère, au fil de trois activités successives, sur les réformes qu'appelle une stratégie de sécurité sociale moderne : la gouvernance du système, les nouveaux groupes de population à couvrir et les compétences dont le personnel des institutions a besoin.",
        "outputs": "A roadmap for a consistent national social security strategy, which the ministry now uses to plan the reform.",
        "outputs_fr": "Une feuille de route pour une stratégie nationale de sécurité sociale cohérente, dont le ministère se sert désormais pour planifier la réforme.",
        "documents": ["Vers une politique nationale de sécurité sociale en Côte d'Ivoire"],
    },
    {
        "slug": "ci-national-social-assistance-policy",
        "title": "Definition of a national social assistance policy",
        "title_fr": "Définition d'une politique nationale d'assistance sociale",
        "country": "CI",
        "partner": "MEPS",
        "programme": "socieux-plus",
        "types": ["policy-development"],
        "expert_countries": ["FR"],
        "start_date": date(2018, 9, 1),
        "end_date": date(2019, 10, 31),
        "status": COMPLETED,
        "summary": "Experts from France reviewed social action in Côte d'Ivoire and the rules that frame it, with figures and interviews, paying particular attention to older people. They then drafted national policy documents with the ministry, looking closely at the local level and at the part voluntary and non-profit organisations play.",
        "outputs": "An analysis of social action and of the situation of older people; draft national policy documents with recommendations agreed by the ministry, some ready to apply and others needing more preparation and consultation, to support decisions and dialogue within government and with other stakeholders.",
        "documents": ["Définition d'une politique nationale d'assistance sociale en Côte d'Ivoire"],
    },
    {
        "slug": "mx-yucatan-social-security-law",
        "title": "Analysis of the Social Security Law of the State of Yucatán",
        "title_es": "Análisis de la Ley de Seguridad Social del Estado de Yucatán",
        "country": "MX",
        "partner": "ISSTEY",
        "programme": "socieux-plus",
        "types": ["legislation", "actuarial-financial"],
        "expert_countries": ["ES"],
        "start_date": date(2018, 5, 1),
        "end_date": date(2019, 5, 31),
        "status": COMPLETED,
        "summary": "ISSTEY asked SOCIEUX+ for help in reforming the State's social security law so that it can keep paying benefits and services in the long run. Public experts from Spain examined the pressure on the Institute's financial reserves and drew on European pension reforms for their proposals: the balance of the system's income, contribution rates, the conditions for a pension and how it is calculated.",
        "summary_es": "El ISSTEY pidió el apoyo de SOCIEUX+ para reformar la ley estatal de seguridad social de modo que pueda seguir pagando prestaciones y servicios a largo plazo. Expertos públicos de España examinaron la presión sobre las reservas financieras del Instituto y se inspiraron en las reformas europeas de pensiones para sus propuestas: el equilibrio de los ingresos del sistema, las cotizaciones, los requisitos de acceso a la pensión y su cálculo.",
        "outputs": "A revised text of the law, with new articles on the economic and financial sustainability of the Institute's accounts.",
        "outputs_es": "Un texto revisado de la ley, con nuevos artículos sobre la sostenibilidad económica y financiera de las cuentas del Instituto.",
        "documents": ["Análisis de la Ley de Seguridad Social del Estado de Yucatán"],
    },
    {
        "slug": "co-ipes-street-vendors-strategy",
        "title": "Consolidation of the IPES strategy for informal street vendors",
        "title_es": "Consolidación de la estrategia del IPES para los vendedores informales",
        "country": "CO",
        "partner": "IPES",
        "programme": "socieux-plus",
        "types": ["policy-development"],
        "expert_countries": ["IT", "ES"],
        "start_date": date(2019, 4, 1),
        "end_date": date(2020, 2, 29),
        "status": COMPLETED,
        "summary": "The second action with IPES in Bogotá supported the psychosocial care component of its comprehensive care model for informal street vendors, a group long left out of social security. Experts from Italy and Spain brought together the local bodies that provide, or could provide, social services to the vendors.",
        "summary_es": "La segunda acción con el IPES en Bogotá apoyó el componente de atención psicosocial de su modelo de atención integral para los vendedores informales, un grupo excluido desde hace mucho de la seguridad social. Expertos de Italia y España reunieron a las entidades locales que prestan, o podrían prestar, servicios sociales a los vendedores.",
        "outputs": "A working group of local service providers, and a single model of psychosocial intervention, with its concepts and methods, that the IPES sub-directorates and field workers can apply.",
        "documents": ["Consolidación de la estrategia del IPES"],
    },
    {
        "slug": "ga-occupational-risks-public-sector",
        "title": "Professional risks in the public sector",
        "title_fr": "Les risques professionnels dans la fonction publique",
        "country": "GA",
        "partner": "CPPF",
        "programme": "socieux-plus",
        "types": ["policy-development", "legislation"],
        "expert_countries": ["FR", "LU"],
        "start_date": date(2018, 6, 1),
        "end_date": date(2019, 7, 31),
        "status": COMPLETED,
        "summary": "CPPF wants to add insurance against accidents at work and occupational diseases to the benefits it pays to State employees. Public experts from France and Luxembourg first took stock of how Gabonese civil servants are covered today against these risks.",
        "outputs": "An inventory of the current cover of occupational risks for public employees, and draft legal texts that extend CPPF's benefits to occupational safety and health.",
        "documents": ["Les risques professionnels dans la fonction publique gabonaise"],
    },
    {
        "slug": "pe-microinsurance-atypical-workers",
        "title": "Assessing viability of microfinance for creating opportunities for social protection coverage of atypical workers",
        "title_es": "Viabilidad de las microfinanzas para abrir la protección social a los trabajadores atípicos",
        "country": "PE",
        "partner": "MTPE",
        "programme": "socieux-plus",
        "types": ["actuarial-financial", "awareness-dialogue"],
        "expert_countries": ["FR", "IT", "ES"],
        "start_date": date(2017, 9, 1),
        "end_date": date(2018, 6, 30),
        "status": COMPLETED,
        "summary": "The Ministry asked whether micro-insurance could give basic cover to workers who have none, starting with the dockers of the La Victoria wholesale market in Lima. Teams of experts from France, Italy and Spain met the dockers, their unions and private micro-finance institutions to see what a plan covering old age and work-related sickness and accidents could look like.",
        "outputs": "A clearer view, for the Ministry, of what micro-insurance can and cannot do for uninsured workers, and of the plan that could be offered to the dockers.",
        "documents": ["Viabilidad de un microseguro para los estibadores"],
    },
    {
        "slug": "western-africa-flagship-2022-2025",
        "title": "Building social protection floors for all: Western Africa strategy",
        "title_fr": "Bâtir des socles de protection sociale pour tous : stratégie pour l'Afrique de l'Ouest",
        "country": "SN",
        "partner": "WAEMU",
        "programme": "flagship-phase-2",
        "types": ["policy-development", "capacity-building", "statistics"],
        "expert_countries": [],
        "start_date": date(2022, 1, 1),
        "end_date": date(2025, 12, 31),
        "status": COMPLETED,
        "summary": "Run from the ILO office in Dakar, the Western Africa strategy of the Flagship Programme supports the WAEMU Commission and CIPRES so that they, in turn, can help their member States extend social protection to workers in the informal economy. In 2023 it ran a regional course on financing social protection, helped CIPRES collect social protection statistics, and worked with the WAEMU Commission on the place of social mutuals in national health protection.",
        "summary_fr": "Conduite depuis le bureau du BIT à Dakar, la stratégie du programme phare pour l'Afrique de l'Ouest appuie la Commission de l'UEMOA et la CIPRES pour qu'elles aident à leur tour leurs États membres à étendre la protection sociale aux travailleurs de l'économie informelle. En 2023, elle a organisé une formation régionale sur le financement de la protection sociale, aidé la CIPRES à collecter des statistiques de protection sociale et travaillé avec la Commission de l'UEMOA sur la place des mutuelles sociales dans la protection sociale en santé.",
        "outputs": "The WAEMU social protection strategy, adopted in July 2023; a working paper on the role of social mutuals, validated in Dakar in October 2023; a handbook on the key challenges of extending health coverage and a collection of good practices; training of the CIPRES Supervisory Committee on international standards (Lomé, November 2023), with ten recommendations.",
        "outputs_fr": "La stratégie de protection sociale de l'UEMOA, adoptée en juillet 2023 ; un document de travail sur le rôle des mutuelles sociales, validé à Dakar en octobre 2023 ; un manuel sur les grands enjeux de l'extension de la couverture santé et un recueil de bonnes pratiques ; la formation de la Commission de surveillance de la CIPRES aux normes internationales (Lomé, novembre 2023), assortie de dix recommandations.",
        "documents": [
            "Building social protection floors for all: progress report for Western Africa",
            "Le rôle des mutuelles sociales dans les systèmes nationaux",
            "Stratégie de protection sociale de l'Union économique et monétaire ouest-africaine",
        ],
        "results": WESTERN_AFRICA_RESULTS,
    },
    {
        "slug": "ma-social-protection-indicators",
        "title": "Observation and monitoring of social protection indicators",
        "title_fr": "Accompagner la mise en place de l'observation et du suivi des indicateurs de protection sociale",
        "country": "MA",
        "partner": "MEF",
        "programme": "morocco-twinning-indicators",
        "types": ["statistics", "capacity-building"],
        "expert_countries": ["BE", "FR"],
        "start_date": date(2015, 10, 1),
        "end_date": date(2017, 12, 31),
        "status": COMPLETED,
        "summary": "Belgian and French institutions shared with their Moroccan partners how they collect social protection data, build and follow indicators and run a monitoring system. A Moroccan delegation studied Belgium's indicators, European monitoring of social policy and the data warehouse of the Crossroads Bank for Social Security in October 2015; experts met again in December 2016 on the effect of population growth on spending, health indicators and microsimulation.",
        "summary_fr": "Des institutions belges et françaises ont partagé avec leurs partenaires marocains leur manière de collecter les données de protection sociale, de construire et de suivre des indicateurs et de faire fonctionner un système de suivi. Une délégation marocaine a étudié en octobre 2015 les indicateurs belges, le suivi européen des politiques sociales et l'entrepôt de données de la Banque Carrefour de la sécurité sociale ; les experts se sont revus en décembre 2016 sur l'effet de la croissance démographique sur les dépenses, les indicateurs de santé et la microsimulation.",
        "outputs": "A first set of agreed indicators and their data sources; trained staff; the outline of a national monitoring report.",
        "documents": ["Accompagner la mise en place de l'observation et du suivi"],
        "results": MOROCCO_RESULTS,
    },
    {
        "slug": "cn-eu-china-pension-reform",
        "title": "EU\u2013China Social Protection Reform Project: pension reform",
        "title_es": "Proyecto UE\u2013China de reforma de la protección social: reforma de las pensiones",
        "country": "CN",
        "partner": "MOHRSS",
        "programme": "eu-china-sprp",
        "types": ["policy-development", "actuarial-financial", "capacity-building"],
        "expert_countries": ["BE", "CZ", "FR", "IT", "PL", "RO", "ES"],
        "start_date": date(2014, 12, 1),
        "end_date": date(2018, 11, 30),
        "status": COMPLETED,
        "summary": "European social security institutions worked with Chinese experts on concrete pension reforms, through seminars, study visits and conferences in China. Belgium's contribution included a two-day seminar on government pensions for senior officials in February 2015 and the visit of a delegation of the National Development and Reform Commission in September 2016, on social security as an economic stabiliser.",
        "outputs": "Seminars and study visits for senior officials; policy papers on pension reform options.",
        "documents": ["Government pensions and their reform: EU-China seminar"],
        "results": CHINA_RESULTS,
    },
]


def load_types() -> dict[str, AssistanceType]:
    types = {}
    for order, (slug, name, name_fr, name_es) in enumerate(ASSISTANCE_TYPES, start=1):
        types[slug] = upsert(
            AssistanceType,
            {"slug": slug},
            {"name": name, "name_fr": name_fr, "name_es": name_es, "sort_order": order},
        )
    return types


def load_programmes() -> dict[str, Programme]:
    programmes = {}
    for spec in PROGRAMMES:
        spec = dict(spec)
        slug = spec.pop("slug")
        programmes[slug] = upsert(Programme, {"slug": slug}, spec)
    return programmes


def load_partners() -> dict[str, PartnerInstitution]:
    partners = {}
    for name, acronym, name_local, country in PARTNERS:
        partners[acronym] = upsert(
            PartnerInstitution,
            {"name": name, "country": country},
            {"acronym": acronym, "name_local": name_local},
        )
    return partners


def _documents(title_starts: list[str]) -> list[Item]:
    documents = []
    for start in title_starts:
        matches = list(
            Item.objects.filter(title__startswith=start, status=Item.Status.PUBLISHED)[:2]
        )
        if len(matches) != 1:
            raise ValueError(
                f"Demo cooperation: {len(matches)} published library items whose title "
                f"starts with {start!r} (load the demo library first)"
            )
        documents.append(matches[0])
    return documents


def upsert(model, lookup: dict, fields: dict):
    """The row matching ``lookup`` with these field values; saved only if new or changed
    (so a second run leaves every row, and its "updated" time, as it was)."""
    row = model.objects.filter(**lookup).first()
    if row is None:
        return model.objects.create(**lookup, **fields)
    changed = {name: value for name, value in fields.items() if getattr(row, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(row, name, value)
        row.save()
    return row


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def load_results(action: Action, results: list) -> int:
    """Create or update the action's results framework; returns its number of indicators."""
    count = 0
    for order, (kind, code, statement, translations, indicators) in enumerate(results):
        result = upsert(
            Result,
            {"action": action, "code": code},
            {
                "kind": kind,
                "statement": statement,
                "statement_fr": translations.get("fr", ""),
                "statement_es": translations.get("es", ""),
                "sort_order": order,
            },
        )
        for position, spec in enumerate(indicators):
            spec = dict(spec)
            milestones = spec.pop("milestones")
            for name in ("baseline", "target", "actual"):
                spec[name] = _decimal(spec.get(name))
            indicator = upsert(ResultIndicator, {"result": result, "sort_order": position}, spec)
            for number, (due, planned, actual, note) in enumerate(milestones):
                upsert(
                    Milestone,
                    {"indicator": indicator, "due_date": due},
                    {
                        "planned": _decimal(planned),
                        "actual": _decimal(actual),
                        "note": note,
                        "sort_order": number,
                    },
                )
            count += 1
    return count


def load_cooperation(stdout=None) -> dict:
    """Create or update the demo types, programmes, partners and actions with their
    results frameworks; count what the demo holds."""
    types = load_types()
    programmes = load_programmes()
    partners = load_partners()
    indicators = 0
    for spec in ACTIONS:
        spec = dict(spec)
        slug = spec.pop("slug")
        type_slugs = spec.pop("types")
        documents = _documents(spec.pop("documents", []))
        results = spec.pop("results", [])
        spec["partner"] = partners[spec["partner"]]
        spec["programme"] = programmes[spec["programme"]]
        spec["expert_countries"] = sorted(spec["expert_countries"])  # as the field stores them
        action = upsert(Action, {"slug": slug}, spec)
        action.assistance_types.set([types[name] for name in type_slugs])
        action.documents.set(documents)
        indicators += load_results(action, results)
    counts = {
        "types of assistance": len(types),
        "programmes": len(programmes),
        "partner institutions": len(partners),
        "actions": len(ACTIONS),
        "results indicators": indicators,
    }
    if stdout is not None:
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        stdout.write(f"  cooperation: {summary}\n")
    return counts

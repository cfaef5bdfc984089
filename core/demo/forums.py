"""Demo discussion lists (G-FORUM), as the old GIMI letter described them: lists on
technical and policy themes moderated by experts, and the announcement list Info-GIMI
to which every member is subscribed.

- "Health micro-insurance" and "Extending social security to the informal economy"
  (English), "Mutuelles de santé en Afrique de l'Ouest" (French): moderators, several
  subscribers, four or five topics each with replies spread over the last four months,
  so that each list's month archive has several months.
- On the informal economy list, Andrés Castaño Ríos, a new member still on probation,
  has a first message waiting for moderation. Lucía Fernández Ortega
  (``expert@gess.example``) moderates that list and can approve it.
- Info-GIMI (``kind="announcement"``, ``subscribe_new_members``): two announcements by
  its moderator, Dramane Ouattara (``editor@gess.example``); every member is
  subscribed.

Every text was written for the demo from facts of the seed documents (the G-NEWS
letter no. 2, the Flagship Programme's Western Africa report, the SOCIEUX+ and
BELINCOSOC pages). Dates are days before the load ("ago"), so the demo never ages.

The rows are written directly, not through ``forums.services``: nothing is published
to followers, so loading the demo sends no e-mail and writes no outbox row. Each
subscriber also follows their list in the notifications app (the ``Subscription``
``forums.notify.follow_list`` would make); members who cannot sign in hear of it in
the portal only, the demo accounts as they chose.

Idempotent: a list is matched on its address, a subscriber on list and member, a topic
on its subject in its list; what exists is left as it is.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from forums.models import DiscussionList, Message, Subscriber, Topic
from notifications.models import Delivery, Subscription
from workspaces.bodies import render

Role, Standing = Subscriber.Role, Subscriber.Standing

# Demo accounts (they sign in) and community members (they do not).
ADMIN, EDITOR, EXPERT = "admin@gess.example", "editor@gess.example", "expert@gess.example"
AMINATA, CARLOS = "aminata@gess.example", "carlos@gess.example"
PRIYA, JEANNE, OUMAR, WEI = (
    "priya@gess.example",
    "jeanne@gess.example",
    "oumar@gess.example",
    "wei@gess.example",
)
KOUADIO, MARIANA, ANDRES, NADEGE = (
    "kouadio@gess.example",
    "mariana@gess.example",
    "andres@gess.example",
    "nadege@gess.example",
)
YASSINE, KODJO = "yassine@gess.example", "kodjo@gess.example"
MOUSSA, KOFI, FATOUMATA = (
    "moussa.diop@gess.example",
    "kofi.mensah@gess.example",
    "fatoumata.keita@gess.example",
)
SOKHA, RODRIGO, VALERIA = (
    "sokha.chan@gess.example",
    "rodrigo.salazar@gess.example",
    "valeria.mendoza@gess.example",
)
GIULIA, PIETER, JEANMARC = (
    "giulia.bernardi@gess.example",
    "pieter.janssens@gess.example",
    "jeanmarc.kabore@gess.example",
)

HEALTH, INFORMAL, MUTUELLES, INFO_GIMI = (
    "health-microinsurance",
    "informal-economy",
    "mutuelles-afrique-ouest",
    "info-gimi",
)
# The list whose moderation queue holds the new member's message, and its moderator.
QUEUE_LIST, QUEUE_MODERATOR, NEWCOMER = INFORMAL, EXPERT, ANDRES

# How long ago each list opened; subscribers joined a few days after it.
OPENED_AGO = 150
JOINED_AGO = 145
# A first message of a subscriber on probation waits this long for its moderator.
MODERATION_DELAY = timedelta(hours=3)


def _body(*paragraphs: str) -> str:
    """What a member types: paragraphs separated by a blank line."""
    return "\n\n".join(paragraphs)


LISTS = [
    {
        "slug": HEALTH,
        "name": "Health micro-insurance",
        "name_fr": "Micro-assurance santé",
        "name_es": "Microseguro de salud",
        "description": (
            "Practitioners of community health insurance compare how they set contributions, "
            "pay health providers, control claims and reach people in the informal economy."
        ),
        "description_fr": (
            "Les praticiens de l'assurance santé communautaire comparent leur façon de fixer "
            "les cotisations, de payer les prestataires, de contrôler les factures et "
            "d'atteindre les travailleurs de l'économie informelle."
        ),
        "description_es": (
            "Quienes gestionan seguros de salud comunitarios comparan cómo fijan las "
            "cotizaciones, pagan a los prestadores, controlan las facturas y llegan a la "
            "economía informal."
        ),
        "language": "en",
        "moderators": [MOUSSA, KOFI],
        # Subscribers and how they hear of the list (demo accounts as they chose; the
        # others, who cannot sign in, in the portal only).
        "subscribers": {
            PRIYA: Delivery.PORTAL,
            JEANNE: Delivery.PORTAL,
            OUMAR: Delivery.PORTAL,
            SOKHA: Delivery.PORTAL,
            FATOUMATA: Delivery.PORTAL,
            WEI: Delivery.PORTAL,
            AMINATA: Delivery.DAILY,
            CARLOS: Delivery.WEEKLY,
        },
        "topics": [
            {
                "subject": "Setting a first premium with no claims history",
                "author": SOKHA,
                "ago": 124,
                "body": _body(
                    "Our team supports two health equity funds that want to add a voluntary "
                    "insurance product for families just above the poverty line. We have no "
                    "claims history at all, only the attendance registers of the health "
                    "centres.",
                    "How did you set your first premium? Did you start with a flat amount per "
                    "person and adjust it after a year, or borrow the figures of a scheme next "
                    "door? I would be glad to hear what went wrong as much as what worked.",
                ),
                "replies": [
                    (
                        MOUSSA,
                        122,
                        _body(
                            "Welcome to the list, Sokha. In West Africa most mutuals began with "
                            "a flat contribution per person and per year, and revised it once "
                            "they had twelve months of claims. The community mutual in the "
                            "slums of Pune still charges one euro per person and per year, and "
                            "is only now discussing contributions that follow income.",
                            "Two pieces of advice: price for the use of care you expect once "
                            "people are insured, not the use you see today (it rises, sometimes "
                            "sharply), and decide before the launch when and how you will "
                            "revise the contribution, so that members are not taken by "
                            "surprise.",
                        ),
                    ),
                    (
                        PRIYA,
                        119,
                        "Same experience with the fishers in Kerala. We also agreed on a "
                        "waiting period for new members, which stopped families from joining "
                        "only once someone was already ill.",
                    ),
                    (
                        KOFI,
                        117,
                        "If you can, record every claim from the first day with the diagnosis "
                        "and the cost, even on paper. Six months of clean claims will tell you "
                        "more than any benchmark borrowed from elsewhere.",
                    ),
                    (
                        SOKHA,
                        110,
                        "Thank you all. We will start with a flat contribution, a waiting "
                        "period of three months and a review after the first year. I will "
                        "report back here.",
                    ),
                ],
            },
            {
                "subject": "Insuring fishing gear as well as lives?",
                "author": PRIYA,
                "ago": 96,
                "body": _body(
                    "The fishers' federation I work with already offers three kinds of cover: "
                    "life insurance for boat owners, half of whose premium the central "
                    "government pays; accident cover for five members of each crew while "
                    "they are at sea; and an old-age savings plan. Members now ask us to "
                    "insure their nets and boats as well.",
                    "Has anyone here insured the working tools of informal workers? We worry "
                    "about losses that are hard to verify after a storm, and about a single "
                    "cyclone emptying the fund.",
                ),
                "replies": [
                    (
                        KOFI,
                        94,
                        "Verification is the hard part. Schemes that insure livestock often "
                        "register the animal when the member joins (a photo, a tag, a declared "
                        "value) and pay a fixed amount rather than a loss assessed afterwards. "
                        "For boats you could register the hull and engine numbers.",
                    ),
                    (
                        MOUSSA,
                        91,
                        "On the cyclone: a fund made of members' contributions cannot carry "
                        "that risk alone. Keep the small, frequent losses in house and look "
                        "for an insurer or a reinsurer for the rare, large ones. Your "
                        "federation already brokers life cover with insurance companies; the "
                        "same partners may quote for the gear.",
                    ),
                    (
                        WEI,
                        88,
                        "Some coastal provinces in China subsidise part of the premium for "
                        "fishing vessels. It is not micro-insurance strictly speaking, but the "
                        "subsidy may be worth a look if your government already pays half of "
                        "the life cover.",
                    ),
                ],
            },
            {
                "subject": "Third-party payment: how do you check what health centres bill?",
                "author": KOFI,
                "ago": 67,
                "body": _body(
                    "Several schemes on this list pay health centres directly, so that "
                    "members pay nothing, or only a small share, at the counter. That is what "
                    "members want, but it moves the risk of over-billing onto the scheme.",
                    "What controls do you use? We check every invoice by hand against the "
                    "member register, and it takes our two clerks most of the month.",
                ),
                "replies": [
                    (
                        OUMAR,
                        65,
                        "At MUSARS we check a sample of invoices rather than all of them, and "
                        "every quarter we visit each health centre with a list of members to "
                        'call back. One member saying "I never went there" tells you more than '
                        "a hundred invoices checked at the desk.",
                    ),
                    (
                        JEANNE,
                        60,
                        "In Rwanda members pay about ten per cent of the cost at the health "
                        "facility. Besides sharing the cost, it gives them a reason to look at "
                        "what is billed in their name.",
                    ),
                    (
                        AMINATA,
                        58,
                        "Nous avons le même problème à Thiès. Le cadre national de "
                        "contractualisation prévoit des clauses sur la facturation et le "
                        "contrôle ; je peux partager notre convention type si cela intéresse "
                        "quelqu'un.",
                    ),
                    (
                        KOFI,
                        57,
                        "Yes please, Aminata. Could you add it to the library, so that everyone "
                        "finds it?",
                    ),
                ],
            },
            {
                "subject": "Can a mutual pay for antiretroviral treatment?",
                "author": JEANNE,
                "ago": 23,
                "body": _body(
                    "Members living with HIV asked our partner mutuals whether treatment, "
                    "laboratory follow-up and opportunistic infections could be covered. The "
                    "costs are high and come every month, the opposite of what a risk pool is "
                    "made for.",
                    "I read that five mutuals in Cameroon now cover people living with HIV, "
                    "with extra funding and an arrangement that keeps patients anonymous. "
                    "Does anyone know how their reinsurance fund works in practice?",
                ),
                "replies": [
                    (
                        FATOUMATA,
                        21,
                        "The Cameroonian mutuals rely on funding from outside the "
                        "contributions: they manage it, they do not carry the risk alone. The "
                        "library has a description of the scheme, including how health centres "
                        "are paid without anyone learning who the patient is.",
                    ),
                    (
                        MOUSSA,
                        18,
                        "Worth noting from the same study: fewer than half of the members on "
                        "treatment said they took it as prescribed, so the mutuals recruited "
                        "expert patients to help the others. Paying for treatment without "
                        "supporting adherence would pay for treatment that does not work.",
                    ),
                    (
                        JEANNE,
                        9,
                        "Thank you both, this helps a great deal for our meeting with the "
                        "district.",
                    ),
                ],
            },
        ],
    },
    {
        "slug": INFORMAL,
        "name": "Extending social security to the informal economy",
        "name_fr": "Extension de la sécurité sociale à l'économie informelle",
        "name_es": "Extensión de la seguridad social a la economía informal",
        "description": (
            "Policy makers, social security institutions and workers' organisations discuss "
            "how to bring workers of the informal economy into social security: contributions "
            "for irregular incomes, registration, benefits, statistics."
        ),
        "description_fr": (
            "Décideurs, institutions de sécurité sociale et organisations de travailleurs "
            "discutent des moyens d'affilier les travailleurs de l'économie informelle : "
            "cotisations adaptées aux revenus irréguliers, immatriculation, prestations, "
            "statistiques."
        ),
        "description_es": (
            "Responsables de políticas, instituciones de seguridad social y organizaciones de "
            "trabajadores debaten cómo incorporar a la seguridad social a quienes trabajan en "
            "la economía informal: cotizaciones para ingresos irregulares, afiliación, "
            "prestaciones, estadísticas."
        ),
        "language": "en",
        "moderators": [EXPERT, RODRIGO],
        "subscribers": {
            CARLOS: Delivery.WEEKLY,
            MARIANA: Delivery.PORTAL,
            VALERIA: Delivery.PORTAL,
            KOUADIO: Delivery.PORTAL,
            YASSINE: Delivery.PORTAL,
            KODJO: Delivery.PORTAL,
            GIULIA: Delivery.PORTAL,
            PIETER: Delivery.PORTAL,
            # Joined three days ago; their first message waits for moderation.
            ANDRES: Delivery.PORTAL,
        },
        "topics": [
            {
                "subject": "The CIPRES guideline on workers in the informal economy",
                "author": KODJO,
                "ago": 131,
                "body": _body(
                    "The CIPRES Council of Ministers adopted a guideline on extending social "
                    "protection to workers in the informal economy. Member States now have to "
                    "turn it into rules for their own funds, and the funds will be asked how.",
                    "What should come first, in your view: contributions adapted to irregular "
                    "incomes, simpler registration, or benefits that informal workers value "
                    "from the first month?",
                ),
                "replies": [
                    (
                        EXPERT,
                        129,
                        "Registration and contributions go together. People with irregular "
                        "incomes need to pay when they earn, more in good months and nothing in "
                        "bad ones, without losing their rights at once. Whatever the funds "
                        "design, test it with a few workers' associations before it becomes a "
                        "rule.",
                    ),
                    (
                        KOUADIO,
                        126,
                        "In Côte d'Ivoire we would start with health: it is the benefit people "
                        "ask for first. A pension is hard to explain to someone who wonders how "
                        "to pay next month's rent.",
                    ),
                    (
                        RODRIGO,
                        120,
                        "A word of caution from Latin America: voluntary affiliation of the "
                        "self-employed has rarely reached more than a small minority. Where "
                        "coverage really grew, the law made it compulsory and the State paid "
                        "part of the contribution for low incomes.",
                    ),
                ],
            },
            {
                "subject": "Micro-insurance for the dockers of La Victoria market",
                "author": CARLOS,
                "ago": 98,
                "body": _body(
                    "Our ministry asked for technical cooperation to study a micro-insurance "
                    "for the dockers of La Victoria, the agricultural market on the outskirts "
                    "of Lima. Experts from France, Italy and Spain met the dockers, their "
                    "unions and micro-finance institutions.",
                    "The dockers want a pension and cover against accidents and illness at "
                    "work. What we learnt is that a product is not enough: they have no "
                    "employer to deduct the contributions. Has anyone found a way of "
                    "collecting that works for workers like them?",
                ),
                "replies": [
                    (
                        VALERIA,
                        95,
                        "In Uruguay small self-employed workers can pay one monthly amount that "
                        "covers both their taxes and their social security. It works because "
                        "one payment opens several rights at once.",
                    ),
                    (
                        MARIANA,
                        93,
                        "Could the market collect it? Its administration already charges fees "
                        "every day. A small daily amount may be easier to pay than a monthly "
                        "one.",
                    ),
                    (
                        CARLOS,
                        90,
                        "Mariana, that is exactly what the unions suggested. We are now "
                        "discussing it with the market's administration.",
                    ),
                    (
                        EXPERT,
                        86,
                        "Daily collection works when members can see what they have paid. Give "
                        "each docker a simple statement, even a card stamped at the market "
                        "office: trust is what makes people keep paying.",
                    ),
                ],
            },
            {
                "subject": "Counting the informal workers who are covered",
                "author": YASSINE,
                "ago": 72,
                "body": _body(
                    "We are asked how many workers of the informal economy are covered by "
                    "social protection, but our household surveys and the administrative "
                    "records do not count the same thing. The funds count contributors; the "
                    "surveys count people who say they are covered.",
                    "Which figure do you report, and how do you explain the gap between the two?",
                ),
                "replies": [
                    (
                        GIULIA,
                        70,
                        "We publish both and say why they differ. The records tell you who paid "
                        "this month; the survey tells you who believes they are protected. The "
                        "gap itself is informative: it is often people who paid once and then "
                        "stopped.",
                    ),
                    (
                        KODJO,
                        66,
                        "CIPRES is collecting social protection data from the national funds "
                        "with the ILO. The first lesson was to agree on definitions before "
                        "collecting anything.",
                    ),
                ],
            },
            {
                "subject": "Fighting undeclared work without driving people away",
                "author": PIETER,
                "ago": 38,
                "body": _body(
                    "Belgium has taken part in several European projects on undeclared work "
                    "and cross-border social fraud. Inspection matters, but it is not enough "
                    "on its own: when registering costs more than it brings, workers and small "
                    "employers stay out.",
                    "Has anyone combined inspection with incentives, such as simpler "
                    "registration or a reduced rate for the first year?",
                ),
                "replies": [
                    (
                        CARLOS,
                        35,
                        "We see the same in Peru: where registering is simple and cheap, small "
                        "firms register; where it is not, inspection alone changes little.",
                    ),
                    (
                        EXPERT,
                        33,
                        "The way out of an incentive matters as much as the incentive. A "
                        "reduced rate that ends abruptly after a year brings people in and then "
                        "pushes them out again; a gradual rise keeps them.",
                    ),
                ],
            },
            {
                # A new member's first message, waiting for the list's moderators.
                "subject": "Street vendors in Bogotá: who collects the contribution?",
                "author": ANDRES,
                "ago": 2,
                "pending": True,
                "body": _body(
                    "Hello everyone, I have just joined the list. I coordinate field work with "
                    "street vendors in Bogotá. Many of them would join a health or pension "
                    "scheme if the contribution could follow their daily sales.",
                    "Has anyone tried contributions collected by vendors' associations? I "
                    "would be grateful for documents or contacts.",
                ),
                "replies": [],
            },
        ],
    },
    {
        "slug": MUTUELLES,
        "name": "Mutual health organisations in West Africa",
        "name_fr": "Mutuelles de santé en Afrique de l'Ouest",
        "name_es": "Mutuales de salud en África Occidental",
        "description": (
            "A French-language list for the managers, unions and support organisations of "
            "West Africa's mutual health organisations: management, contracts with health "
            "providers, guarantee funds, the WAEMU regulation."
        ),
        "description_fr": (
            "La liste des gestionnaires, unions et structures d'appui des mutuelles de santé "
            "d'Afrique de l'Ouest : gestion, conventions avec l'offre de soins, fonds de "
            "garantie, règlement de l'UEMOA."
        ),
        "description_es": (
            "Una lista en francés para quienes gestionan y apoyan las mutuales de salud de "
            "África Occidental: gestión, convenios con los prestadores, fondos de garantía, "
            "reglamento de la UEMOA."
        ),
        "language": "fr",
        "moderators": [EDITOR, FATOUMATA],
        "subscribers": {
            AMINATA: Delivery.INSTANT,
            OUMAR: Delivery.PORTAL,
            KODJO: Delivery.PORTAL,
            MOUSSA: Delivery.PORTAL,
            JEANMARC: Delivery.PORTAL,
            KOUADIO: Delivery.PORTAL,
            NADEGE: Delivery.PORTAL,
        },
        "topics": [
            {
                "subject": "Fonds de garantie : à quoi doit-il servir ?",
                "author": OUMAR,
                "ago": 112,
                "body": _body(
                    "Le projet de fonds de garantie pour les mutuelles revient sur la table. "
                    "Tout le monde le voit comme un filet de sécurité pour redresser une "
                    "mutuelle en difficulté. Je me demande s'il ne devrait pas aussi financer "
                    "la diversification : une mutuelle qui lance un nouveau produit prend un "
                    "risque qu'elle ne peut pas porter seule.",
                    "Qu'en pensez-vous ? Et qui devrait le gérer : les unions, l'État, un "
                    "partenaire ?",
                ),
                "replies": [
                    (
                        MOUSSA,
                        110,
                        "D'accord avec toi, Oumar. Un fonds qui ne sert qu'aux sauvetages finit "
                        "par récompenser les mutuelles mal gérées. S'il appuie aussi le "
                        "développement, il faut des critères clairs, fixés à l'avance, et un "
                        "suivi des indicateurs de chaque mutuelle.",
                    ),
                    (
                        JEANMARC,
                        104,
                        "Au Burkina, des unions ont proposé de gérer elles-mêmes une partie du "
                        "fonds. C'est bon pour l'appropriation, mais il faut alors bien séparer "
                        "ceux qui décident des aides et ceux qui les reçoivent.",
                    ),
                    (
                        EDITOR,
                        101,
                        "Je propose que nous rédigions ensemble des termes de référence pour ce "
                        "fonds : objectifs, conditions d'accès, gouvernance. J'ouvre un document "
                        "de travail partagé si vous êtes d'accord.",
                    ),
                ],
            },
            {
                "subject": "Conventions avec l'offre de soins : notre expérience à Thiès",
                "author": AMINATA,
                "ago": 79,
                "body": _body(
                    "L'union des mutuelles de Thiès vient de renégocier ses conventions avec "
                    "les postes et centres de santé, en suivant la convention cadre nationale. "
                    "Ce qui a demandé le plus de discussions : les tarifs, les délais de "
                    "paiement et le contrôle des factures.",
                    "Nous avons obtenu un forfait pour les consultations et un paiement à "
                    "trente jours ; en échange, nous nous engageons à payer à temps, ce qui "
                    "n'était pas toujours le cas. Quelqu'un a-t-il l'expérience du paiement à "
                    "la capitation ?",
                ),
                "replies": [
                    (
                        FATOUMATA,
                        77,
                        "Merci Aminata. Plusieurs mutuelles maliennes ont essayé la capitation : "
                        "elle simplifie la gestion, mais certains centres reçoivent moins bien "
                        "les mutualistes quand le forfait est déjà payé. Il faut l'accompagner "
                        "d'un suivi de la qualité des soins.",
                    ),
                    (
                        NADEGE,
                        74,
                        "Avez-vous prévu une procédure en cas de désaccord sur une facture ? "
                        "C'est ce qui nous a le plus manqué.",
                    ),
                    (
                        AMINATA,
                        72,
                        "Oui : la convention prévoit un suivi conjoint qui tranche les litiges. "
                        "Il ne s'est réuni qu'une fois, mais sa seule existence a calmé les "
                        "esprits.",
                    ),
                ],
            },
            {
                "subject": "Quelle place pour les mutuelles sociales à côté des caisses ?",
                "author": JEANMARC,
                "ago": 51,
                "body": _body(
                    "L'atelier de Dakar sur le rôle des mutuelles sociales dans les systèmes "
                    "nationaux de protection sociale en santé a validé un document de travail "
                    "pour l'espace UEMOA. Le règlement de 2009 leur a donné un cadre ; reste à "
                    "savoir ce qu'elles feront à côté des institutions nationales d'assurance "
                    "maladie.",
                    "Gestion déléguée pour le compte de la caisse, couverture complémentaire, "
                    "ou les deux ? J'aimerais savoir où en sont vos pays.",
                ),
                "replies": [
                    (
                        KODJO,
                        48,
                        "Au Togo, la question se pose surtout pour les travailleurs de "
                        "l'économie informelle. Déléguer la gestion aux mutuelles a du sens : "
                        "elles sont proches des membres et savent collecter.",
                    ),
                    (
                        KOUADIO,
                        46,
                        "Chez nous, les mutuelles craignent de devenir de simples guichets de la "
                        "caisse nationale. Leur force, c'est la participation des membres : il "
                        "faudra la préserver.",
                    ),
                    (
                        EDITOR,
                        44,
                        "Le document validé à Dakar doit être publié puis diffusé dans les États "
                        "membres. Je l'ajouterai à la bibliothèque dès sa parution.",
                    ),
                ],
            },
            {
                "subject": "Inventaire des mutuelles : la campagne de l'année est ouverte",
                "author": EDITOR,
                "ago": 12,
                "body": _body(
                    "La campagne annuelle de l'inventaire permanent des mutuelles de santé est "
                    "ouverte. Les mutuelles déjà inscrites n'ont qu'à corriger ce qui a changé "
                    "depuis l'an dernier ; les autres peuvent remplir le questionnaire en "
                    "ligne.",
                    "Les statistiques tirées de l'inventaire sont en libre accès : plus il y "
                    "aura de réponses, plus elles serviront vos plaidoyers. Posez ici vos "
                    "questions sur le questionnaire.",
                ),
                "replies": [
                    (
                        OUMAR,
                        10,
                        "Nous avons mis à jour la fiche de MUSARS hier soir. Une question : "
                        "faut-il compter les bénéficiaires, ou seulement les adhérents qui "
                        "cotisent ?",
                    ),
                    (
                        EDITOR,
                        9,
                        "Les deux, Oumar : le questionnaire demande séparément le nombre "
                        "d'adhérents et celui des bénéficiaires (les adhérents et les personnes "
                        "à leur charge).",
                    ),
                ],
            },
        ],
    },
    {
        "slug": INFO_GIMI,
        "name": "Info-GIMI",
        "name_fr": "Info-GIMI",
        "name_es": "Info-GIMI",
        "description": (
            "What is new on the portal: resources, tools and services. Every member is "
            "subscribed and may leave at any time."
        ),
        "description_fr": (
            "Les nouveautés du portail : ressources, outils et services. Chaque membre y est "
            "inscrit et peut la quitter à tout moment."
        ),
        "description_es": (
            "Las novedades del portal: recursos, herramientas y servicios. Todos los miembros "
            "están suscritos y pueden darse de baja cuando quieran."
        ),
        "kind": DiscussionList.Kind.ANNOUNCEMENT,
        "language": "",
        "probation": 0,
        "subscribe_new_members": True,
        "moderators": [EDITOR],
        # Every member is subscribed (``_everyone``), in the portal only.
        "subscribers": None,
        "topics": [
            {
                "subject": "Key issues in microinsurance: the first issue is in the library",
                "author": EDITOR,
                "ago": 85,
                "body": _body(
                    "A new series of short texts, Key issues in microinsurance, gives in two "
                    "pages the state of knowledge on one theme, the gaps that remain, the "
                    "initiatives that work on them and where to read further. The first "
                    "issue, on legislation, is now in the library; the second will deal with "
                    "linkages between micro-insurance and statutory social security.",
                    "Une nouvelle série de textes courts, Key issues in microinsurance, fait en "
                    "deux pages le point des connaissances sur un thème. Le premier numéro, "
                    "consacré à la législation, est dans la bibliothèque.",
                ),
                "replies": [],
            },
            {
                "subject": "New on the portal: discussion lists and community news",
                "author": EDITOR,
                "ago": 16,
                "body": _body(
                    "The portal now hosts discussion lists on technical and policy themes, "
                    "moderated by experts: health micro-insurance, the informal economy, and "
                    "a French-language list on mutual health organisations in West Africa. "
                    "Subscribe from each list's page, and choose whether you receive every "
                    "message by e-mail, a daily or weekly digest, or nothing but the portal.",
                    "You can also send news from your organisation or your country: once an "
                    "editor has published it, it appears under Community news and may be "
                    "picked for the newsletter.",
                    "Le portail accueille désormais des listes de discussion modérées par des "
                    "experts, et vos nouvelles : proposez-les depuis la page « Vie de la "
                    "communauté ».",
                ),
                "replies": [],
            },
        ],
    },
]


def _ago(days: float):
    return timezone.now() - timedelta(days=days)


def _everyone() -> list:
    """Every active member, as ``subscribe_new_members`` subscribes them on sign-up."""
    return list(get_user_model().objects.filter(is_active=True).order_by("pk"))


def _approved_counts(spec: dict) -> dict:
    """How many approved messages each author has on the list, from the spec."""
    counts: dict = {}
    for topic in spec["topics"]:
        if topic.get("pending"):
            continue
        for email in [topic["author"], *(reply[0] for reply in topic["replies"])]:
            counts[email] = counts.get(email, 0) + 1
    return counts


def _moderation(spec: dict, probation: int) -> set:
    """The (subject, index) of messages a moderator approved: each subscriber's first
    ``probation`` messages on the list, in the order they were written."""
    messages = []
    for topic in spec["topics"]:
        if topic.get("pending"):
            continue
        messages.append((topic["ago"], topic["author"], topic["subject"], 0))
        for index, (email, ago, _text) in enumerate(topic["replies"], start=1):
            messages.append((ago, email, topic["subject"], index))
    seen: dict = {}
    moderated = set()
    for _ago_days, email, subject, index in sorted(messages, key=lambda m: -m[0]):
        if email in spec["moderators"]:
            continue
        seen[email] = seen.get(email, 0) + 1
        if seen[email] <= probation:
            moderated.add((subject, index))
    return moderated


def _list(spec: dict) -> tuple[DiscussionList, bool]:
    fields = ("name", "name_fr", "name_es", "description", "description_fr", "description_es")
    defaults = {key: spec[key] for key in fields}
    defaults.update(
        kind=spec.get("kind", DiscussionList.Kind.DISCUSSION),
        language=spec["language"],
        probation=spec.get("probation", 2),
        subscribe_new_members=spec.get("subscribe_new_members", False),
        created=_ago(OPENED_AGO),
    )
    return DiscussionList.objects.get_or_create(slug=spec["slug"], defaults=defaults)


def _subscribers(discussion_list, spec: dict, users: dict) -> int:
    """The list's moderators and subscribers, and their follows, where missing."""
    wanted: dict = {}  # user -> (role, delivery)
    if spec["subscribers"] is None:
        for user in _everyone():
            wanted[user] = (Role.SUBSCRIBER, Delivery.PORTAL)
    else:
        for email, delivery in spec["subscribers"].items():
            if email in users:
                wanted[users[email]] = (Role.SUBSCRIBER, delivery)
    for email in spec["moderators"]:
        if email in users:
            # The demo moderators who sign in get a discussion list's every message by
            # e-mail; the announcement list is followed in the portal only.
            by_email = email in (EDITOR, EXPERT) and spec["subscribers"] is not None
            delivery = Delivery.INSTANT if by_email else Delivery.PORTAL
            wanted[users[email]] = (Role.MODERATOR, delivery)

    counts = _approved_counts(spec)
    probation = discussion_list.probation
    present = set(
        Subscriber.objects.filter(discussion_list=discussion_list).values_list("user", flat=True)
    )
    rows = []
    for user, (role, _delivery) in wanted.items():
        if user.pk in present:
            continue
        approved = 0 if role == Role.MODERATOR else counts.get(user.email, 0)
        trusted = role == Role.MODERATOR or approved >= probation
        newcomer = discussion_list.slug == QUEUE_LIST and user.email == NEWCOMER
        rows.append(
            Subscriber(
                discussion_list=discussion_list,
                user=user,
                role=role,
                standing=Standing.TRUSTED if trusted else Standing.PROBATION,
                approved_messages=approved,
                joined=_ago(3 if newcomer else JOINED_AGO),
            )
        )
    Subscriber.objects.bulk_create(rows)

    kind = ContentType.objects.get_for_model(DiscussionList, for_concrete_model=False)
    following = set(
        Subscription.objects.filter(content_type=kind, object_id=discussion_list.pk).values_list(
            "user", flat=True
        )
    )
    follows = [
        Subscription(user=user, content_type=kind, object_id=discussion_list.pk, delivery=delivery)
        for user, (_role, delivery) in wanted.items()
        if user.pk not in following
    ]
    Subscription.objects.bulk_create(follows)
    return len(rows)


def _topics(discussion_list, spec: dict, users: dict) -> None:
    present = set(
        Topic.objects.filter(discussion_list=discussion_list).values_list("subject", flat=True)
    )
    moderated = _moderation(spec, discussion_list.probation)
    moderator = users.get(spec["moderators"][0])
    for topic_spec in spec["topics"]:
        subject = topic_spec["subject"]
        written = [(topic_spec["author"], topic_spec["ago"], topic_spec["body"])]
        written += topic_spec["replies"]
        if subject in present or any(email not in users for email, _ago_days, _ in written):
            continue
        pending = topic_spec.get("pending", False)
        topic = Topic.objects.create(
            discussion_list=discussion_list,
            subject=subject,
            started_by=users[topic_spec["author"]],
            created=_ago(topic_spec["ago"]),
        )
        first = None
        messages = []
        for index, (email, ago, body) in enumerate(written):
            created = _ago(ago)
            by_moderator = (subject, index) in moderated
            message = Message(
                topic=topic,
                opens_topic=index == 0,
                reply_to=first,
                author=users[email],
                body=body,
                body_html=render(body),
                status=Message.Status.PENDING if pending else Message.Status.APPROVED,
                created=created,
                approved_at=None if pending else created + (MODERATION_DELAY * by_moderator),
                moderated_by=moderator if by_moderator else None,
            )
            if index == 0:
                # Replies answer the message that opened the topic.
                message.save()
                first = message
            else:
                message.reply_to = first
                messages.append(message)
        Message.objects.bulk_create(messages)
        if not pending:
            last = max(message.approved_at for message in [first, *messages])
            Topic.objects.filter(pk=topic.pk).update(
                last_message_at=last, message_count=1 + len(messages)
            )


def load_forums() -> dict:
    users = {user.email: user for user in get_user_model().objects.all()}
    created = 0
    for spec in LISTS:
        discussion_list, new = _list(spec)
        created += new
        _subscribers(discussion_list, spec, users)
        _topics(discussion_list, spec, users)
    demo = DiscussionList.objects.filter(slug__in=[spec["slug"] for spec in LISTS])
    messages = Message.objects.filter(topic__discussion_list__in=demo)
    return {
        "lists": demo.count(),
        "created": created,
        "subscribers": Subscriber.objects.filter(discussion_list__in=demo).count(),
        "topics": Topic.objects.filter(discussion_list__in=demo).count(),
        "messages": messages.approved().count(),
        "waiting for moderation": messages.pending().count(),
    }

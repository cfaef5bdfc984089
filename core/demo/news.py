"""Demo news items and events, in English, French and Spanish.

The facts (names, places, dates, figures) come from the seed documents: screens
of the old GESS/GIMI sites and the G-NEWS n°2 newsletter (2007), BELINCOSOC's
project overview (2015-2016), SOCIEUX+ action sheets and the ILO's 2023
progress report for West Africa. The two events of 2027 are plausible follow-ups,
presented as provisional. Each item's ``date`` is its publication date; events
also have their own dates. ``countries`` lists the countries an item is about
(the profiles of these countries list it).
"""

from datetime import date

from .library_items import CIPRES, WAEMU

NEWS = [
    # --- 2007: the old GESS and GIMI platforms ---------------------------------
    {
        "kind": "event",
        "date": date(2007, 8, 28),
        "event_start": date(2007, 9, 16),
        "event_end": date(2007, 9, 29),
        "en": {
            "slug": "social-transfers-course-cape-town-2007",
            "title": "Course: designing and implementing social transfer programmes",
            "location": "Cape Town, South Africa",
            "summary": (
                "A two-week course in Cape Town, from 16 to 29 September 2007, for "
                "policy-makers, government officials and practitioners who plan or run social "
                "transfer programmes."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Social transfers, cash benefits paid regularly to poor and vulnerable "
                    "households, have become one of the main ways of extending social "
                    "protection to people whom contributory schemes do not reach. This course "
                    "is meant for those who decide on, design or manage such programmes, in "
                    "governments and in the organisations that support them.</p>",
                ),
                (
                    "paragraph",
                    "<p>Participants from around the world will go through the choices that "
                    "shape a programme, from deciding who is entitled to paying benefits and "
                    "following up results. The announcement was one of the first items in the "
                    "\u201cWhat's new?\u201d column of the original GESS platform.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "formation-transferts-sociaux-le-cap-2007",
            "title": (
                "Formation : concevoir et mettre en œuvre des programmes de transferts sociaux"
            ),
            "location": "Le Cap, Afrique du Sud",
            "summary": (
                "Une formation de deux semaines au Cap, du 16 au 29 septembre 2007, pour les "
                "décideurs, les fonctionnaires et les praticiens qui préparent ou gèrent des "
                "programmes de transferts sociaux."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Les transferts sociaux, des prestations en espèces versées "
                    "régulièrement aux ménages pauvres et vulnérables, sont devenus l'un des "
                    "principaux moyens d'étendre la protection sociale aux personnes que les "
                    "régimes contributifs n'atteignent pas. Cette formation s'adresse à celles "
                    "et ceux qui décident, conçoivent ou gèrent de tels programmes, dans les "
                    "administrations comme dans les organisations qui les appuient.</p>",
                ),
                (
                    "paragraph",
                    "<p>Venus du monde entier, les participants passeront en revue les choix "
                    "qui façonnent un programme, de la définition des ayants droit au "
                    "versement des prestations et au suivi des résultats. Cette annonce a été "
                    "l'une des premières de la rubrique \u00ab Quoi de neuf ? \u00bb de la "
                    "plate-forme GESS d'origine.</p>",
                ),
            ],
        },
        "es": {
            "slug": "curso-transferencias-sociales-ciudad-del-cabo-2007",
            "title": "Curso: diseño y ejecución de programas de transferencias sociales",
            "location": "Ciudad del Cabo, Sudáfrica",
            "summary": (
                "Un curso de dos semanas en Ciudad del Cabo, del 16 al 29 de septiembre de "
                "2007, para responsables políticos, funcionarios y profesionales que preparan o "
                "gestionan programas de transferencias sociales."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Las transferencias sociales, prestaciones en efectivo que se pagan con "
                    "regularidad a los hogares pobres y vulnerables, se han convertido en una "
                    "de las principales vías para extender la protección social a quienes no "
                    "llegan los regímenes contributivos. Este curso está dirigido a quienes "
                    "deciden, diseñan o gestionan estos programas, tanto en los gobiernos como "
                    "en las organizaciones que los apoyan.</p>",
                ),
                (
                    "paragraph",
                    "<p>Participantes de todo el mundo repasarán las decisiones que dan forma "
                    "a un programa, desde definir quién tiene derecho hasta pagar las "
                    "prestaciones y dar seguimiento a los resultados. Este anuncio fue uno de "
                    "los primeros de la sección \u00ab\u00bfQué hay de nuevo?\u00bb de la "
                    "plataforma GESS original.</p>",
                ),
            ],
        },
    },
    {
        "kind": "event",
        "date": date(2007, 9, 25),
        "event_start": date(2007, 11, 13),
        "event_end": date(2007, 11, 15),
        "countries": ["IN"],
        "en": {
            "slug": "microinsurance-conference-mumbai-2007",
            "title": "International Microinsurance Conference 2007 in Mumbai",
            "location": "Mumbai, India",
            "summary": (
                "Some 200 experts from around the world are expected in Mumbai from 13 to 15 "
                "November 2007 to compare their experience of the main challenges facing "
                "microinsurance."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The conference is organised by the CGAP Working Group on "
                    "Microinsurance and the Munich Re Foundation, with the support of IRDA, "
                    "India's insurance regulatory and development authority. Sessions will "
                    "deal with regulation, supervision and strategies for microinsurance, with "
                    "ways of working more efficiently and widening the cover offered, with "
                    "innovative products, and with a comparison of group and individual "
                    "policies.</p>",
                ),
                (
                    "paragraph",
                    "<p>Papers and presentations will be added to the GIMI library after the "
                    "event. They come from a wide range of actors: international "
                    "organisations, NGOs, training centres, development agencies, ministries, "
                    "insurance companies and foundations.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "conference-micro-assurance-mumbai-2007",
            "title": "Conférence internationale sur la micro-assurance 2007 à Mumbai",
            "location": "Mumbai, Inde",
            "summary": (
                "Quelque 200 experts du monde entier sont attendus à Mumbai du 13 au 15 "
                "novembre 2007 pour confronter leurs expériences face aux grands défis de la "
                "micro-assurance."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>La conférence est organisée par le groupe de travail du CGAP sur la "
                    "micro-assurance et la fondation Munich Re, avec l'appui de l'IRDA, "
                    "l'autorité indienne de régulation et de développement des assurances. "
                    "Les séances porteront sur la régulation, la supervision et les stratégies "
                    "de micro-assurance, sur les moyens de gagner en efficacité et d'élargir "
                    "les garanties, sur les produits innovants et sur la comparaison entre "
                    "contrats collectifs et individuels.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les communications et les présentations rejoindront la bibliothèque "
                    "de GIMI après l'événement. Elles émanent d'acteurs très divers : "
                    "organisations internationales, ONG, centres de formation, agences de "
                    "développement, ministères, compagnies d'assurance et fondations.</p>",
                ),
            ],
        },
        "es": {
            "slug": "conferencia-microseguros-mumbai-2007",
            "title": "Conferencia internacional de microseguros 2007 en Mumbai",
            "location": "Mumbai, India",
            "summary": (
                "Unos 200 expertos de todo el mundo se reunirán en Mumbai del 13 al 15 de "
                "noviembre de 2007 para contrastar sus experiencias ante los principales "
                "desafíos de los microseguros."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Organizan la conferencia el grupo de trabajo del CGAP sobre "
                    "microseguros y la Fundación Munich Re, con el apoyo de la IRDA, la "
                    "autoridad india de regulación y desarrollo de los seguros. Las sesiones "
                    "tratarán de la regulación, la supervisión y las estrategias de "
                    "microseguros, de cómo ganar eficiencia y ampliar las coberturas, de los "
                    "productos innovadores y de la comparación entre pólizas colectivas e "
                    "individuales.</p>",
                ),
                (
                    "paragraph",
                    "<p>Las ponencias y presentaciones se incorporarán a la biblioteca de GIMI "
                    "después del evento. Proceden de actores muy diversos: organizaciones "
                    "internacionales, ONG, centros de formación, agencias de desarrollo, "
                    "ministerios, aseguradoras y fundaciones.</p>",
                ),
            ],
        },
    },
    {
        "kind": "event",
        "date": date(2007, 10, 10),
        "event_start": date(2007, 11, 14),
        "event_end": date(2007, 11, 15),
        "countries": ["SN"],
        "en": {
            "slug": "ilo-step-workshop-dakar-2007",
            "title": "ILO/STEP workshop in Dakar",
            "location": "Dakar, Senegal",
            "summary": (
                "The ILO's STEP programme is bringing micro-insurance practitioners and their "
                "partners together in Dakar, Senegal, on 14 and 15 November 2007."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>STEP (Strategies and Tools against social Exclusion and Poverty) is "
                    "the global programme of the ILO Social Security Department against social "
                    "exclusion. Since 1998 it has worked on two fronts: extending social "
                    "protection to excluded groups, above all for health care, and local "
                    "approaches to fighting exclusion. Its Dakar team supports mutual health "
                    "organisations across West Africa.</p>",
                ),
                (
                    "paragraph",
                    "<p>The workshop documents will be published on GIMI after the meeting, "
                    "next to the platform's resources on feasibility, management, monitoring "
                    "and evaluation, contracts with health-care providers, legislation and "
                    "national policies.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "atelier-bit-step-dakar-2007",
            "title": "Atelier BIT/STEP à Dakar",
            "location": "Dakar, Sénégal",
            "summary": (
                "Le programme STEP du BIT réunit à Dakar (Sénégal), les 14 et 15 novembre "
                "2007, des praticiens de la micro-assurance et leurs partenaires."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>STEP (Stratégies et techniques contre l'exclusion sociale et la "
                    "pauvreté) est le programme mondial du Département de la sécurité sociale "
                    "du BIT contre l'exclusion sociale. Depuis 1998, il agit sur deux fronts : "
                    "l'extension de la protection sociale aux groupes exclus, en particulier "
                    "pour la santé, et les approches locales de lutte contre l'exclusion. Son "
                    "équipe de Dakar accompagne les mutuelles de santé dans toute l'Afrique de "
                    "l'Ouest.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les documents de l'atelier seront publiés sur GIMI après la rencontre, "
                    "à côté des ressources de la plate-forme sur la faisabilité, la gestion, le "
                    "suivi et l'évaluation, la contractualisation avec l'offre de soins, la "
                    "législation et les politiques nationales.</p>",
                ),
            ],
        },
        "es": {
            "slug": "taller-oit-step-dakar-2007",
            "title": "Taller OIT/STEP en Dakar",
            "location": "Dakar, Senegal",
            "summary": (
                "El programa STEP de la OIT reúne en Dakar (Senegal), los días 14 y 15 de "
                "noviembre de 2007, a profesionales de los microseguros y a sus socios."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>STEP (Estrategias y Técnicas contra la Exclusión Social y la Pobreza) "
                    "es el programa mundial del Departamento de Seguridad Social de la OIT "
                    "contra la exclusión social. Desde 1998 trabaja en dos frentes: extender "
                    "la protección social a los grupos excluidos, sobre todo en salud, y los "
                    "enfoques locales de lucha contra la exclusión. Su equipo de Dakar apoya a "
                    "las mutuales de salud en toda África Occidental.</p>",
                ),
                (
                    "paragraph",
                    "<p>Los documentos del taller se publicarán en GIMI tras la reunión, junto "
                    "a los recursos de la plataforma sobre viabilidad, gestión, seguimiento y "
                    "evaluación, contratación con los proveedores de salud, legislación y "
                    "políticas nacionales.</p>",
                ),
            ],
        },
    },
    {
        "kind": "news",
        "date": date(2007, 9, 3),
        "countries": ["RW"],
        "en": {
            "slug": "rwanda-compulsory-health-insurance",
            "title": "Rwanda makes health insurance compulsory for everyone",
            "summary": (
                "Starting from three pilot mutual health organisations in 1999, Rwanda has "
                "made family membership of a mutuelle de santé compulsory for its whole "
                "population."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The government set up its first mutuelles de santé in three pilot "
                    "areas in 1999, to make care more affordable and fairer while raising "
                    "domestic resources for health services. A policy adopted in December 2004 "
                    "extended them to the whole country, to reach rural people and the "
                    "informal sector, about 85 per cent of the population. A law on mutuals "
                    "has been in preparation since early 2005, and in 2006 the government "
                    "chose compulsory membership by family.</p>",
                ),
                (
                    "paragraph",
                    "<p>Members' contributions pay for a minimum package of care. Since "
                    "September 2006 they have been set at a single rate of 1,000 Rwandan "
                    "francs per person per year (about US$1.82 in May 2007), and members pay "
                    "about 10 per cent of the cost of the care they use. A complementary "
                    "package is paid for by solidarity funds at national and district level, "
                    "fed by the government and external donors.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "rwanda-assurance-maladie-obligatoire",
            "title": "Le Rwanda rend l'assurance maladie obligatoire pour tous",
            "summary": (
                "Parti de trois mutuelles de santé pilotes en 1999, le Rwanda a rendu "
                "obligatoire l'adhésion des familles à une mutuelle de santé pour l'ensemble "
                "de sa population."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Le gouvernement a lancé ses premières mutuelles de santé sur trois "
                    "sites pilotes en 1999, pour rendre les soins plus abordables et plus "
                    "équitables tout en mobilisant des ressources internes au profit des "
                    "services de santé. Une politique adoptée en décembre 2004 les a étendues "
                    "à tout le pays afin d'atteindre les populations rurales et le secteur "
                    "informel, soit environ 85 % de la population. Une loi sur les mutuelles "
                    "est en préparation depuis début 2005 et, en 2006, le gouvernement a opté "
                    "pour l'adhésion familiale obligatoire.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les cotisations des membres financent un paquet minimum de soins. "
                    "Depuis septembre 2006, elles sont fixées à un taux unique de 1 000 francs "
                    "rwandais par personne et par an (environ 1,82 dollar des États-Unis en mai "
                    "2007), et les membres règlent environ 10 % du coût des soins qu'ils "
                    "consomment. Un paquet complémentaire est pris en charge par des fonds de "
                    "solidarité, au niveau national et dans les districts, alimentés par "
                    "l'État et les bailleurs extérieurs.</p>",
                ),
            ],
        },
        "es": {
            "slug": "ruanda-seguro-de-salud-obligatorio",
            "title": "Ruanda hace obligatorio el seguro de salud para todos",
            "summary": (
                "Tras empezar con tres mutuales de salud piloto en 1999, Ruanda ha hecho "
                "obligatoria la afiliación de las familias a una mutual de salud para toda su "
                "población."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>El gobierno creó sus primeras mutuales de salud en tres zonas piloto "
                    "en 1999, para que la atención fuera más asequible y equitativa y, al "
                    "mismo tiempo, movilizar recursos internos para los servicios de salud. "
                    "Una política adoptada en diciembre de 2004 las extendió a todo el país "
                    "para llegar a la población rural y al sector informal, alrededor del 85 % "
                    "de la población. Desde principios de 2005 se prepara una ley sobre las "
                    "mutuales y, en 2006, el gobierno optó por la afiliación familiar "
                    "obligatoria.</p>",
                ),
                (
                    "paragraph",
                    "<p>Las cotizaciones de los afiliados financian un paquete mínimo de "
                    "atención. Desde septiembre de 2006 tienen una tarifa única de 1000 "
                    "francos ruandeses por persona y año (unos 1,82 dólares estadounidenses en "
                    "mayo de 2007), y los afiliados pagan cerca del 10 % del costo de la "
                    "atención que reciben. Un paquete complementario se financia con fondos de "
                    "solidaridad nacionales y de distrito, alimentados por el gobierno y los "
                    "donantes externos.</p>",
                ),
            ],
        },
    },
    {
        "kind": "community",
        "date": date(2007, 9, 12),
        "countries": ["ML", "IN"],
        "en": {
            "slug": "mutual-health-organisations-sikasso-pune",
            "title": "Two new mutual health organisations, in Sikasso and in Pune",
            "summary": (
                "In southern Mali, MUSARS, a mutual covering a whole region, has held its "
                "founding general assembly; in the slums of Pune, India, community mutuals "
                "already cover 21,000 people. The French mutual insurer MACIF supports both."
            ),
            "body": [
                ("heading", "MUSARS, Sikasso region, Mali"),
                (
                    "paragraph",
                    "<p>MUSARS was founded on 24 March 2007 at a general assembly attended by "
                    "150 people, which elected a nine-member board executive and a "
                    "three-member supervisory committee. Unlike most mutuals, it covers a "
                    "whole region rather than one locality, so as to reach the number of "
                    "members it needs to break even. Sikasso was chosen for its relative "
                    "prosperity from cotton, its dozen small local mutuals, its community "
                    "health centres and the support of the micro-credit cooperative Kafo "
                    "Jiginew. The feasibility study took two years, with SSQ (Québec), the "
                    "French FNMF and Mali's UTM, in partnership with SOCODEVI. The target: "
                    "financial balance by 31 March 2012, with 10,000 members and 50,000 "
                    "beneficiaries.</p>",
                ),
                ("heading", "Pune, India"),
                (
                    "paragraph",
                    "<p>In Pune the French NGO Inter-Aide works with slum dwellers on "
                    "micro-credit, family support and administrative formalities. Its "
                    "community mutual gives members a doctor on call, a network of nearby "
                    "health professionals, third-party payment and prevention activities, for "
                    "a flat contribution of one euro per person per year. Two mutuals already "
                    "cover 21,000 people; the aim is 50,000 by 1 January 2009.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "mutuelles-de-sante-sikasso-pune",
            "title": "Deux nouvelles mutuelles de santé, à Sikasso et à Pune",
            "summary": (
                "Au sud du Mali, MUSARS, une mutuelle à l'échelle d'une région, a tenu son "
                "assemblée constitutive ; dans les bidonvilles de Pune, en Inde, des mutuelles "
                "communautaires couvrent déjà 21 000 personnes. L'assureur mutualiste français "
                "MACIF soutient les deux projets."
            ),
            "body": [
                ("heading", "MUSARS, région de Sikasso (Mali)"),
                (
                    "paragraph",
                    "<p>MUSARS est née le 24 mars 2007 lors d'une assemblée générale "
                    "constitutive qui a réuni 150 personnes et élu un bureau du conseil "
                    "d'administration de neuf membres et une commission de contrôle de trois "
                    "membres. Contrairement à la plupart des mutuelles, elle couvre toute une "
                    "région et non une seule localité, afin d'atteindre le nombre d'adhérents "
                    "nécessaire à son équilibre. Sikasso a été retenue pour sa relative aisance "
                    "due au coton, sa douzaine de petites mutuelles locales, ses centres de "
                    "santé communautaires et l'appui de la coopérative de micro-crédit Kafo "
                    "Jiginew. L'étude de faisabilité a duré deux ans, avec SSQ (Québec), la "
                    "FNMF et l'UTM malienne, en partenariat avec la SOCODEVI. L'objectif : "
                    "l'équilibre financier au 31 mars 2012, avec 10 000 adhérents et 50 000 "
                    "bénéficiaires.</p>",
                ),
                ("heading", "Pune (Inde)"),
                (
                    "paragraph",
                    "<p>À Pune, l'ONG française Inter-Aide accompagne les habitants des "
                    "bidonvilles : micro-crédit, soutien aux familles, aide aux démarches "
                    "administratives. Sa mutuelle communautaire offre à ses membres un médecin "
                    "de permanence, un réseau de professionnels de proximité, le tiers payant "
                    "et des actions de prévention, pour une cotisation fixe d'un euro par "
                    "personne et par an. Deux mutuelles couvrent déjà 21 000 personnes ; "
                    "l'objectif est d'en couvrir 50 000 au 1er janvier 2009.</p>",
                ),
            ],
        },
        "es": {
            "slug": "mutuales-de-salud-sikasso-pune",
            "title": "Dos nuevas mutuales de salud, en Sikasso y en Pune",
            "summary": (
                "En el sur de Malí, MUSARS, una mutual de alcance regional, ha celebrado su "
                "asamblea constitutiva; en los barrios marginales de Pune (India), las mutuales "
                "comunitarias ya cubren a 21 000 personas. La aseguradora mutualista francesa "
                "MACIF apoya ambos proyectos."
            ),
            "body": [
                ("heading", "MUSARS, región de Sikasso (Malí)"),
                (
                    "paragraph",
                    "<p>MUSARS nació el 24 de marzo de 2007 en una asamblea general "
                    "constitutiva a la que asistieron 150 personas, que eligió una mesa "
                    "directiva de nueve miembros y una comisión de control de tres. A "
                    "diferencia de la mayoría de las mutuales, abarca toda una región y no una "
                    "sola localidad, para alcanzar el número de afiliados que necesita su "
                    "equilibrio. Se eligió Sikasso por su relativa prosperidad gracias al "
                    "algodón, su docena de pequeñas mutuales locales, sus centros de salud "
                    "comunitarios y el apoyo de la cooperativa de microcrédito Kafo Jiginew. "
                    "El estudio de viabilidad duró dos años, con SSQ (Quebec), la FNMF "
                    "francesa y la UTM de Malí, en colaboración con SOCODEVI. La meta: el "
                    "equilibrio financiero al 31 de marzo de 2012, con 10 000 afiliados y "
                    "50 000 beneficiarios.</p>",
                ),
                ("heading", "Pune (India)"),
                (
                    "paragraph",
                    "<p>En Pune, la ONG francesa Inter-Aide acompaña a los habitantes de los "
                    "barrios marginales con microcrédito, apoyo a las familias y ayuda en los "
                    "trámites administrativos. Su mutual comunitaria ofrece a sus miembros un "
                    "médico de guardia, una red de profesionales cercanos, el pago directo a "
                    "los proveedores y actividades de prevención, por una cotización fija de "
                    "un euro por persona y año. Dos mutuales ya cubren a 21 000 personas; el "
                    "objetivo es llegar a 50 000 el 1 de enero de 2009.</p>",
                ),
            ],
        },
    },
    {
        "kind": "community",
        "date": date(2007, 9, 18),
        "countries": ["SN"],
        "en": {
            "slug": "senegal-contracting-framework",
            "title": (
                "Senegal: a national framework for contracts between mutuals and health facilities"
            ),
            "summary": (
                "With the Ministry of Health, the ILO's STEP programme is helping Senegal set "
                "common rules for the contracts that bind mutual health organisations to "
                "health facilities."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Contracts with health facilities are central to the work of mutual "
                    "health organisations. In a participatory process led by the Ministry of "
                    "Health, mutuals and their unions, support organisations and health "
                    "facilities have drafted a framework agreement. It lists the clauses that "
                    "every contract must contain: quality of care, prices, invoicing, payment "
                    "and guarantees, information, monitoring, control and evaluation.</p>",
                ),
                (
                    "paragraph",
                    "<p>Each mutual and each health facility will remain free to negotiate "
                    "its own contract, as long as it complies with the framework agreement. "
                    "The text is being finalised; it is then to be signed by the Minister of "
                    "Health and by representatives of the unions of mutuals.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "senegal-cadre-de-contractualisation",
            "title": (
                "Sénégal : un cadre national de contractualisation entre mutuelles et "
                "formations sanitaires"
            ),
            "summary": (
                "Avec le ministère de la Santé, le programme STEP du BIT aide le Sénégal à "
                "fixer des règles communes pour les contrats qui lient les mutuelles de santé "
                "aux formations sanitaires."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Les contrats avec les formations sanitaires sont au cœur de l'activité "
                    "des mutuelles de santé. Au terme d'une démarche participative conduite "
                    "par le ministère de la Santé, les mutuelles et leurs unions, les "
                    "structures d'appui et les formations sanitaires ont élaboré une "
                    "convention-cadre. Elle énumère les clauses que tout contrat doit "
                    "comporter : qualité des soins, tarifs, facturation, règlement et "
                    "garanties, information, suivi, contrôle et évaluation.</p>",
                ),
                (
                    "paragraph",
                    "<p>Chaque mutuelle et chaque formation sanitaire resteront libres de "
                    "négocier leur propre contrat, pourvu qu'il respecte la convention-cadre. "
                    "Le texte est en cours de finalisation ; il devra ensuite être signé par "
                    "le ministre de la Santé et par les représentants des unions de "
                    "mutuelles.</p>",
                ),
            ],
        },
        "es": {
            "slug": "senegal-marco-de-contratacion",
            "title": (
                "Senegal: un marco nacional para los contratos entre mutuales y centros de salud"
            ),
            "summary": (
                "Junto con el Ministerio de Salud, el programa STEP de la OIT ayuda a Senegal "
                "a fijar reglas comunes para los contratos que vinculan a las mutuales de salud "
                "con los centros de salud."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Los contratos con los centros de salud son fundamentales para la labor "
                    "de las mutuales de salud. En un proceso participativo dirigido por el "
                    "Ministerio de Salud, las mutuales y sus uniones, las estructuras de apoyo "
                    "y los centros de salud han redactado un convenio marco. En él se enumeran "
                    "las cláusulas que debe contener todo contrato: calidad de la atención, "
                    "tarifas, facturación, pago y garantías, información, seguimiento, control "
                    "y evaluación.</p>",
                ),
                (
                    "paragraph",
                    "<p>Cada mutual y cada centro de salud podrán negociar su propio contrato, "
                    "siempre que respete el convenio marco. El texto está en fase de "
                    "finalización; después deberán firmarlo el ministro de Salud y los "
                    "representantes de las uniones de mutuales.</p>",
                ),
            ],
        },
    },
    # --- 2015-2019: European technical cooperation -----------------------------
    {
        "kind": "news",
        "date": date(2016, 12, 16),
        "countries": ["CN", "MA"],
        "en": {
            "slug": "belincosoc-china-morocco",
            "title": "Belgian expertise for social protection reforms in China and Morocco",
            "summary": (
                "BELINCOSOC, the international projects unit of Belgium's Federal Public "
                "Service Social Security, takes part in two EU-funded projects: the EU-China "
                "Social Protection Reform Project and a twinning with Morocco on social "
                "protection indicators."
            ),
            "body": [
                ("heading", "China"),
                (
                    "paragraph",
                    "<p>The EU-China Social Protection Reform Project, which began at the end "
                    "of 2014 for four years, is carried out by seven European countries "
                    "(Belgium, the Czech Republic, France, Italy, Poland, Romania and Spain) "
                    "under the lead of Italy's INPS. In February 2015 BELINCOSOC and the "
                    "National Pensions Service held a two-day seminar on public-sector "
                    "pensions and their reform for senior Chinese officials, opened by the "
                    "Minister of Pensions, Daniel Bacquelaine. In September 2016 a delegation "
                    "from China's planning body, the NDRC, led by Director General Pu Yufei, "
                    "came to discuss social security as an economic stabiliser.</p>",
                ),
                ("heading", "Morocco"),
                (
                    "paragraph",
                    "<p>With Expertise France, BELINCOSOC is helping Moroccan institutions to "
                    "collect social protection data, build indicators and set up a monitoring "
                    "system. After a first visit by Moroccan officials in October 2015, "
                    "experts met again in Belgium on 12 and 13 December 2016 to discuss the "
                    "medium-term effect of population growth on social security spending, a "
                    "set of health indicators, and microsimulation to assess policies before "
                    "they are adopted.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "belincosoc-chine-maroc",
            "title": (
                "L'expertise belge au service des réformes de la protection sociale en Chine "
                "et au Maroc"
            ),
            "summary": (
                "BELINCOSOC, la cellule des projets internationaux du SPF Sécurité sociale "
                "belge, participe à deux projets financés par l'Union européenne : le projet "
                "UE-Chine de réforme de la protection sociale et un jumelage avec le Maroc sur "
                "les indicateurs de protection sociale."
            ),
            "body": [
                ("heading", "Chine"),
                (
                    "paragraph",
                    "<p>Le projet UE-Chine de réforme de la protection sociale, lancé fin 2014 "
                    "pour quatre ans, est mené par sept pays européens (Belgique, Espagne, "
                    "France, Italie, Pologne, République tchèque et Roumanie) sous la conduite "
                    "de l'INPS italien. En février 2015, BELINCOSOC et l'Office national des "
                    "pensions ont organisé pour de hauts fonctionnaires chinois un séminaire "
                    "de deux jours sur les pensions du secteur public et leur réforme, ouvert "
                    "par le ministre des Pensions, Daniel Bacquelaine. En septembre 2016, une "
                    "délégation de la NDRC, l'organe de planification chinois, conduite par "
                    "son directeur général Pu Yufei, est venue débattre de la sécurité sociale "
                    "comme stabilisateur économique.</p>",
                ),
                ("heading", "Maroc"),
                (
                    "paragraph",
                    "<p>Avec Expertise France, BELINCOSOC aide les institutions marocaines à "
                    "collecter des données sur la protection sociale, à construire des "
                    "indicateurs et à mettre en place un système de suivi. Après une première "
                    "visite de responsables marocains en octobre 2015, des experts se sont "
                    "retrouvés en Belgique les 12 et 13 décembre 2016 pour examiner l'effet à "
                    "moyen terme de la croissance démographique sur les dépenses de sécurité "
                    "sociale, un dispositif d'indicateurs de santé et le recours à la "
                    "microsimulation pour évaluer les politiques avant leur adoption.</p>",
                ),
            ],
        },
        "es": {
            "slug": "belincosoc-china-marruecos",
            "title": (
                "La experiencia belga al servicio de las reformas de la protección social en "
                "China y Marruecos"
            ),
            "summary": (
                "BELINCOSOC, la unidad de proyectos internacionales del Servicio Público "
                "Federal de Seguridad Social de Bélgica, participa en dos proyectos financiados "
                "por la Unión Europea: el proyecto UE-China de reforma de la protección social "
                "y un hermanamiento con Marruecos sobre indicadores de protección social."
            ),
            "body": [
                ("heading", "China"),
                (
                    "paragraph",
                    "<p>El proyecto UE-China de reforma de la protección social, iniciado a "
                    "finales de 2014 por cuatro años, lo llevan a cabo siete países europeos "
                    "(Bélgica, España, Francia, Italia, Polonia, la República Checa y Rumanía) "
                    "bajo la dirección del INPS italiano. En febrero de 2015, BELINCOSOC y la "
                    "Oficina Nacional de Pensiones organizaron para altos funcionarios chinos "
                    "un seminario de dos días sobre las pensiones del sector público y su "
                    "reforma, inaugurado por el ministro de Pensiones, Daniel Bacquelaine. En "
                    "septiembre de 2016, una delegación de la NDRC, el órgano de planificación "
                    "de China, encabezada por su director general, Pu Yufei, acudió para "
                    "debatir sobre la seguridad social como estabilizador económico.</p>",
                ),
                ("heading", "Marruecos"),
                (
                    "paragraph",
                    "<p>Junto con Expertise France, BELINCOSOC ayuda a las instituciones "
                    "marroquíes a recopilar datos de protección social, elaborar indicadores y "
                    "poner en marcha un sistema de seguimiento. Tras una primera visita de "
                    "responsables marroquíes en octubre de 2015, los expertos volvieron a "
                    "reunirse en Bélgica los días 12 y 13 de diciembre de 2016 para analizar "
                    "el efecto a medio plazo del crecimiento demográfico en el gasto de "
                    "seguridad social, un sistema de indicadores de salud y el uso de la "
                    "microsimulación para evaluar las políticas antes de adoptarlas.</p>",
                ),
            ],
        },
    },
    {
        "kind": "news",
        "date": date(2019, 6, 17),
        "countries": ["CI", "MX", "CO", "GA", "PE"],
        "en": {
            "slug": "socieux-five-actions",
            "title": "SOCIEUX+: five technical cooperation actions, from Abidjan to Lima",
            "summary": (
                "The EU's SOCIEUX+ facility sends public experts from European administrations "
                "to partner institutions. Five of its actions, in Côte d'Ivoire, Mexico, "
                "Colombia, Gabon and Peru, show its range: policy, law and cover for new groups "
                "of workers."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>In Côte d'Ivoire, experts from France helped the Ministry of "
                    "Employment and Social Protection (MEPS) draw up a roadmap for a national "
                    "social security policy: better governance, cover for new groups and "
                    "better-trained staff. They also analysed social action, in particular for "
                    "older people, and drafted a national social assistance policy.</p>",
                ),
                (
                    "paragraph",
                    "<p>In Mexico, Spanish experts worked with ISSTEY, the social security "
                    "institute for the employees of the State of Yucatán, on a revised State "
                    "social security law to put its reserves and pensions on a sustainable "
                    "footing. In Bogotá, Italian and Spanish experts helped IPES, the "
                    "Institute for Social Economy, to build a psychosocial care model for "
                    "informal street vendors, a group long left out of social security.</p>",
                ),
                (
                    "paragraph",
                    "<p>In Gabon, experts from France and Luxembourg reviewed how CPPF, the "
                    "pension and family benefits fund for State employees, covers accidents at "
                    "work and occupational diseases, and drafted the texts needed to add that "
                    "cover to its benefits. In Peru, teams from France, Italy and Spain met "
                    "the dockers of the La Victoria market in Lima, their unions and "
                    "micro-finance institutions, to judge whether micro-insurance could give "
                    "them basic cover for old age and for work-related sickness and "
                    "accidents.</p>",
                ),
                (
                    "paragraph",
                    "<p>SOCIEUX+ is run by Belgium's BELINCOSOC together with Expertise France "
                    "and FIIAPP, the Spanish public foundation for international "
                    "cooperation.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "socieux-cinq-actions",
            "title": "SOCIEUX+ : cinq actions de coopération technique, d'Abidjan à Lima",
            "summary": (
                "Le dispositif européen SOCIEUX+ mobilise des experts des administrations "
                "européennes auprès d'institutions partenaires. Cinq de ses actions, en Côte "
                "d'Ivoire, au Mexique, en Colombie, au Gabon et au Pérou, en montrent "
                "l'étendue : politiques, lois et couverture de nouveaux groupes de "
                "travailleurs."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En Côte d'Ivoire, des experts français ont aidé le ministère de "
                    "l'Emploi et de la Protection sociale (MEPS) à établir une feuille de "
                    "route pour une politique nationale de sécurité sociale : meilleure "
                    "gouvernance, couverture de nouvelles populations et personnels mieux "
                    "formés. Ils ont aussi analysé l'action sociale, notamment en faveur des "
                    "personnes âgées, et rédigé un projet de politique nationale d'assistance "
                    "sociale.</p>",
                ),
                (
                    "paragraph",
                    "<p>Au Mexique, des experts espagnols ont travaillé avec l'ISSTEY, "
                    "l'institut de sécurité sociale des agents de l'État du Yucatán, sur une "
                    "révision de la loi de sécurité sociale de l'État afin d'assurer la "
                    "viabilité de ses réserves et de ses pensions. À Bogotá, des experts "
                    "italiens et espagnols ont aidé l'IPES, l'Institut pour l'économie "
                    "sociale, à bâtir un modèle d'accompagnement psychosocial pour les "
                    "vendeurs de rue informels, longtemps exclus de la sécurité sociale.</p>",
                ),
                (
                    "paragraph",
                    "<p>Au Gabon, des experts français et luxembourgeois ont fait l'inventaire "
                    "de la couverture des accidents du travail et des maladies "
                    "professionnelles des agents publics par la CPPF, la Caisse des pensions "
                    "et des prestations familiales des agents de l'État, puis rédigé les "
                    "textes permettant de l'ajouter à ses prestations. Au Pérou, des équipes "
                    "française, italienne et espagnole ont rencontré les dockers du marché de "
                    "La Victoria, à Lima, leurs syndicats et des institutions de "
                    "microfinance, pour juger si une micro-assurance pourrait leur offrir une "
                    "couverture de base pour la vieillesse et les maladies et accidents liés "
                    "au travail.</p>",
                ),
                (
                    "paragraph",
                    "<p>SOCIEUX+ est mis en œuvre par BELINCOSOC (Belgique) avec Expertise "
                    "France et la FIIAPP, la fondation publique espagnole de coopération "
                    "internationale.</p>",
                ),
            ],
        },
        "es": {
            "slug": "socieux-cinco-acciones",
            "title": "SOCIEUX+: cinco acciones de cooperación técnica, de Abiyán a Lima",
            "summary": (
                "El mecanismo europeo SOCIEUX+ moviliza a expertos de las administraciones "
                "europeas para apoyar a instituciones socias. Cinco de sus acciones, en Costa "
                "de Marfil, México, Colombia, Gabón y Perú, muestran su alcance: políticas, "
                "leyes y cobertura de nuevos grupos de trabajadores."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En Costa de Marfil, expertos franceses ayudaron al Ministerio de "
                    "Empleo y Protección Social (MEPS) a elaborar una hoja de ruta para una "
                    "política nacional de seguridad social: mejor gobernanza, cobertura de "
                    "nuevos grupos y personal mejor formado. También analizaron la acción "
                    "social, en particular para las personas mayores, y redactaron un proyecto "
                    "de política nacional de asistencia social.</p>",
                ),
                (
                    "paragraph",
                    "<p>En México, expertos españoles trabajaron con el ISSTEY, el instituto "
                    "de seguridad social de los trabajadores del Estado de Yucatán, en una "
                    "revisión de la ley estatal de seguridad social para garantizar la "
                    "sostenibilidad de sus reservas y pensiones. En Bogotá, expertos italianos "
                    "y españoles ayudaron al IPES, el Instituto para la Economía Social, a "
                    "construir un modelo de atención psicosocial para los vendedores "
                    "ambulantes informales, excluidos durante mucho tiempo de la seguridad "
                    "social.</p>",
                ),
                (
                    "paragraph",
                    "<p>En Gabón, expertos de Francia y Luxemburgo revisaron cómo la CPPF, la "
                    "caja de pensiones y prestaciones familiares de los agentes del Estado, "
                    "cubre los accidentes de trabajo y las enfermedades profesionales, y "
                    "redactaron los textos necesarios para añadir esa cobertura a sus "
                    "prestaciones. En Perú, equipos de Francia, Italia y España se reunieron "
                    "con los estibadores del mercado de La Victoria, en Lima, con sus "
                    "sindicatos y con instituciones de microfinanzas, para valorar si un "
                    "microseguro podría darles una cobertura básica de vejez y de enfermedades "
                    "y accidentes laborales.</p>",
                ),
                (
                    "paragraph",
                    "<p>SOCIEUX+ lo ejecutan BELINCOSOC (Bélgica), Expertise France y la "
                    "FIIAPP, la fundación pública española de cooperación internacional.</p>",
                ),
            ],
        },
    },
    # --- 2023: ILO support to WAEMU and CIPRES ---------------------------------
    {
        "kind": "news",
        "date": date(2023, 10, 27),
        "countries": WAEMU,
        "en": {
            "slug": "waemu-workshop-social-mutuals-dakar-2023",
            "title": "WAEMU: the place of social mutuals in national health protection systems",
            "summary": (
                "A regional workshop in Dakar in October 2023 validated a working paper on the "
                "role that social mutual organisations should play in social health protection "
                "in the WAEMU countries."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Social mutual organisations grew quickly in West Africa in the 2000s, "
                    "bringing health cover to many informal economy workers in towns and "
                    "villages, and WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 "
                    "governs them. Now that governments are setting up national institutions "
                    "for social health protection, the question is where mutuals fit in. With "
                    "the ILO's support, the WAEMU Commission had a working paper drafted on "
                    "lessons from other countries.</p>",
                ),
                (
                    "paragraph",
                    "<p>The workshop brought together 24 participants (5 women and 19 men) "
                    "from the WAEMU Consultative Council of Social Mutuals, the social "
                    "partners and development partners, and validated the paper, which the "
                    "ILO will help publish and disseminate in 2024. The work is part of the "
                    "ILO Global Flagship Programme on Building Social Protection Floors for "
                    "All, supported by Belgium and Luxembourg.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "uemoa-atelier-mutuelles-sociales-dakar-2023",
            "title": (
                "UEMOA : la place des mutuelles sociales dans les systèmes nationaux de "
                "protection sociale en santé"
            ),
            "summary": (
                "Un atelier régional tenu à Dakar en octobre 2023 a validé un document de "
                "travail sur le rôle que doivent jouer les mutuelles sociales dans la "
                "protection sociale en santé des pays de l'UEMOA."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Les mutuelles sociales se sont fortement développées en Afrique de "
                    "l'Ouest dans les années 2000, apportant une couverture santé à de nombreux "
                    "travailleurs de l'économie informelle, en ville comme à la campagne ; le "
                    "règlement n° 07/2009/CM/UEMOA du 26 juin 2009 les encadre. Alors que les "
                    "États créent des institutions nationales de protection sociale en santé, "
                    "reste à savoir quelle place y donner aux mutuelles. Avec l'appui du BIT, "
                    "la Commission de l'UEMOA a fait rédiger un document de travail sur les "
                    "enseignements d'autres pays.</p>",
                ),
                (
                    "paragraph",
                    "<p>L'atelier a réuni 24 participants (5 femmes et 19 hommes) du Conseil "
                    "consultatif de la mutualité sociale de l'UEMOA, des partenaires sociaux "
                    "et des partenaires au développement, et a validé le document, dont le BIT "
                    "soutiendra la publication et la diffusion en 2024. Ces travaux relèvent "
                    "du Programme phare mondial du BIT pour des socles de protection sociale "
                    "pour tous, soutenu par la Belgique et le Luxembourg.</p>",
                ),
            ],
        },
        "es": {
            "slug": "uemoa-taller-mutuales-sociales-dakar-2023",
            "title": (
                "UEMOA: el lugar de las mutuales sociales en los sistemas nacionales de "
                "protección social de la salud"
            ),
            "summary": (
                "Un taller regional celebrado en Dakar en octubre de 2023 validó un documento "
                "de trabajo sobre el papel que deben desempeñar las mutuales sociales en la "
                "protección social de la salud en los países de la UEMOA."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Las mutuales sociales crecieron con rapidez en África Occidental en la "
                    "década de 2000 y llevaron cobertura de salud a muchos trabajadores de la "
                    "economía informal, en ciudades y pueblos; el Reglamento n.º "
                    "07/2009/CM/UEMOA, de 26 de junio de 2009, las regula. Ahora que los "
                    "gobiernos crean instituciones nacionales de protección social de la "
                    "salud, la cuestión es qué lugar ocupan en ellas las mutuales. Con el "
                    "apoyo de la OIT, la Comisión de la UEMOA encargó un documento de trabajo "
                    "sobre las lecciones de otros países.</p>",
                ),
                (
                    "paragraph",
                    "<p>El taller reunió a 24 participantes (5 mujeres y 19 hombres) del "
                    "Consejo Consultivo de la Mutualidad Social de la UEMOA, los interlocutores "
                    "sociales y los socios para el desarrollo, y validó el documento, cuya "
                    "publicación y difusión apoyará la OIT en 2024. Este trabajo forma parte "
                    "del Programa Emblemático Mundial de la OIT para el establecimiento de "
                    "pisos de protección social para todos, financiado por Bélgica y "
                    "Luxemburgo.</p>",
                ),
            ],
        },
    },
    {
        "kind": "news",
        "date": date(2023, 11, 24),
        "countries": ["TG"],
        "en": {
            "slug": "cipres-supervisory-committee-training-lome-2023",
            "title": (
                "CIPRES Supervisory Committee trained in international social security standards"
            ),
            "summary": (
                "In Lomé in November 2023, members of the Supervisory Committee of CIPRES, the "
                "Inter-African Conference on Social Security, studied ILO standards and took a "
                "hard look at how their committee works."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>CIPRES supervises the social protection institutions of its member "
                    "States. The training session in Lomé, Togo, strengthened the committee "
                    "members' knowledge of the ILO's social security standards and gave them "
                    "the chance to make a quick diagnosis of their own procedures.</p>",
                ),
                (
                    "paragraph",
                    "<p>They made ten recommendations. Among them: certify and rank social "
                    "protection institutions against CIPRES standards and ratios; explore a "
                    "\u201cname and shame\u201d approach; visit States to check on the "
                    "committee's critical recommendations; strengthen national supervisory "
                    "bodies; and promote international and CIPRES standards in each country. "
                    "CIPRES and the ILO have also drawn up a three-year cooperation work "
                    "plan.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "cipres-formation-commission-de-controle-lome-2023",
            "title": (
                "La Commission de surveillance de la CIPRES formée aux normes internationales "
                "de sécurité sociale"
            ),
            "summary": (
                "À Lomé, en novembre 2023, les membres de la Commission de surveillance de la "
                "CIPRES, la Conférence interafricaine de la prévoyance sociale, ont étudié les "
                "normes du BIT et porté un regard critique sur le fonctionnement de leur "
                "commission."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>La CIPRES contrôle les organismes de prévoyance sociale de ses États "
                    "membres. La session de formation de Lomé (Togo) a renforcé les "
                    "connaissances des membres de la commission sur les normes de sécurité "
                    "sociale du BIT et leur a permis de faire un diagnostic rapide de leurs "
                    "propres méthodes de travail.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ils ont formulé dix recommandations, parmi lesquelles : certifier et "
                    "classer les organismes de prévoyance sociale au regard des normes et "
                    "ratios de la CIPRES ; étudier une démarche de type \u00ab name and shame "
                    "\u00bb ; effectuer des visites dans les États pour vérifier la suite "
                    "donnée aux recommandations critiques de la commission ; renforcer les "
                    "organes nationaux de tutelle ; promouvoir les normes internationales et "
                    "celles de la CIPRES dans chaque pays. La CIPRES et le BIT ont par "
                    "ailleurs arrêté un plan de travail de coopération sur trois ans.</p>",
                ),
            ],
        },
        "es": {
            "slug": "cipres-formacion-comision-de-supervision-lome-2023",
            "title": (
                "La Comisión de Supervisión de la CIPRES, formada en las normas internacionales "
                "de seguridad social"
            ),
            "summary": (
                "En Lomé, en noviembre de 2023, los miembros de la Comisión de Supervisión de "
                "la CIPRES, la Conferencia Interafricana de Previsión Social, estudiaron las "
                "normas de la OIT y revisaron a fondo el funcionamiento de su comisión."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>La CIPRES supervisa las instituciones de protección social de sus "
                    "Estados miembros. La sesión de formación de Lomé (Togo) reforzó los "
                    "conocimientos de los miembros de la comisión sobre las normas de "
                    "seguridad social de la OIT y les permitió hacer un diagnóstico rápido de "
                    "sus propios métodos de trabajo.</p>",
                ),
                (
                    "paragraph",
                    "<p>Formularon diez recomendaciones, entre ellas: certificar y clasificar "
                    "las instituciones de protección social según las normas y ratios de la "
                    "CIPRES; estudiar un enfoque de tipo \u00abname and shame\u00bb; visitar "
                    "los Estados para comprobar el seguimiento de las recomendaciones críticas "
                    "de la comisión; reforzar los órganos nacionales de supervisión; y "
                    "promover las normas internacionales y las de la CIPRES en cada país. La "
                    "CIPRES y la OIT también han acordado un plan de trabajo de cooperación a "
                    "tres años.</p>",
                ),
            ],
        },
    },
    # --- 2027: upcoming events (provisional) -----------------------------------
    {
        "kind": "event",
        "date": date(2026, 10, 15),
        "event_start": date(2027, 9, 13),
        "event_end": date(2027, 9, 24),
        "countries": WAEMU,
        "en": {
            "slug": "regional-training-financing-social-protection-2027",
            "title": "Regional training on financing social protection, 2027 edition",
            "location": "Dakar, Senegal",
            "summary": (
                "Planned for 13 to 24 September 2027 in Dakar: a regional course for WAEMU "
                "Member States on paying for social protection, following the first edition "
                "held in September 2023."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>In September 2023 the ILO, the WAEMU Commission and UNICEF ran a "
                    "regional course on financing social protection for participants from "
                    "WAEMU Member States. A new edition is planned for 2027, for officials of "
                    "ministries of finance and social affairs, social security institutions, "
                    "and workers' and employers' organisations.</p>",
                ),
                (
                    "paragraph",
                    "<p>The provisional programme covers the fiscal space for social "
                    "protection, the costing of benefits, and the links between social "
                    "protection and public finance management. Dates and venue are "
                    "provisional: the final programme and the call for applications will be "
                    "published on this page.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "formation-regionale-financement-protection-sociale-2027",
            "title": (
                "Formation régionale sur le financement de la protection sociale, édition 2027"
            ),
            "location": "Dakar, Sénégal",
            "summary": (
                "Prévue du 13 au 24 septembre 2027 à Dakar : une formation régionale pour les "
                "États membres de l'UEMOA sur le financement de la protection sociale, dans le "
                "prolongement de la première édition de septembre 2023."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En septembre 2023, le BIT, la Commission de l'UEMOA et l'UNICEF ont "
                    "organisé une formation régionale sur le financement de la protection "
                    "sociale pour des participants des États membres de l'UEMOA. Une nouvelle "
                    "édition est prévue en 2027, pour les cadres des ministères des Finances "
                    "et des Affaires sociales, des institutions de sécurité sociale et des "
                    "organisations de travailleurs et d'employeurs.</p>",
                ),
                (
                    "paragraph",
                    "<p>Le programme provisoire porte sur l'espace budgétaire pour la "
                    "protection sociale, l'estimation du coût des prestations et les liens "
                    "entre protection sociale et gestion des finances publiques. Les dates et "
                    "le lieu restent à confirmer : le programme définitif et l'appel à "
                    "candidatures seront publiés sur cette page.</p>",
                ),
            ],
        },
        "es": {
            "slug": "formacion-regional-financiacion-proteccion-social-2027",
            "title": (
                "Formación regional sobre la financiación de la protección social, edición 2027"
            ),
            "location": "Dakar, Senegal",
            "summary": (
                "Prevista del 13 al 24 de septiembre de 2027 en Dakar: un curso regional para "
                "los Estados miembros de la UEMOA sobre cómo financiar la protección social, "
                "tras la primera edición de septiembre de 2023."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En septiembre de 2023, la OIT, la Comisión de la UEMOA y UNICEF "
                    "organizaron un curso regional sobre la financiación de la protección "
                    "social para participantes de los Estados miembros de la UEMOA. Está "
                    "prevista una nueva edición en 2027, dirigida a funcionarios de los "
                    "ministerios de Hacienda y de Asuntos Sociales, de las instituciones de "
                    "seguridad social y de las organizaciones de trabajadores y de "
                    "empleadores.</p>",
                ),
                (
                    "paragraph",
                    "<p>El programa provisional trata del espacio fiscal para la protección "
                    "social, el cálculo del costo de las prestaciones y los vínculos entre la "
                    "protección social y la gestión de las finanzas públicas. Las fechas y el "
                    "lugar son provisionales: el programa definitivo y la convocatoria se "
                    "publicarán en esta página.</p>",
                ),
            ],
        },
    },
    {
        "kind": "event",
        "date": date(2026, 11, 2),
        "event_start": date(2027, 3, 16),
        "event_end": date(2027, 3, 18),
        "countries": CIPRES,
        "en": {
            "slug": "cipres-guideline-informal-economy-workshop-2027",
            "title": (
                "Regional workshop: putting the CIPRES guideline on informal workers into practice"
            ),
            "location": "Lomé, Togo",
            "summary": (
                "Planned for 16 to 18 March 2027 in Lomé: CIPRES member States will compare "
                "how they apply the guideline on extending social protection to workers in the "
                "informal economy."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>In December 2022 the CIPRES Council of Ministers adopted a guideline on "
                    "extending social protection to workers in the informal economy. Making it "
                    "known in member States is one of the aims of the three-year cooperation "
                    "work plan agreed by CIPRES and the ILO in 2023.</p>",
                ),
                (
                    "paragraph",
                    "<p>The workshop will bring together social security institutions, "
                    "ministries and the social partners to share their first experience, from "
                    "registering self-employed workers to adapting contributions to irregular "
                    "incomes. The dates are provisional; the programme and registration "
                    "details will be announced on this page.</p>",
                ),
            ],
        },
        "fr": {
            "slug": "atelier-directive-cipres-economie-informelle-2027",
            "title": (
                "Atelier régional : mettre en pratique la directive de la CIPRES sur les "
                "travailleurs de l'économie informelle"
            ),
            "location": "Lomé, Togo",
            "summary": (
                "Prévu du 16 au 18 mars 2027 à Lomé : les États membres de la CIPRES "
                "compareront leur application de la directive sur l'extension de la "
                "protection sociale aux travailleurs de l'économie informelle."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En décembre 2022, le Conseil des ministres de la CIPRES a adopté une "
                    "directive sur l'extension de la protection sociale aux travailleurs de "
                    "l'économie informelle. La faire connaître dans les États membres est "
                    "l'un des objectifs du plan de travail de coopération sur trois ans arrêté "
                    "par la CIPRES et le BIT en 2023.</p>",
                ),
                (
                    "paragraph",
                    "<p>L'atelier réunira des institutions de sécurité sociale, des ministères "
                    "et les partenaires sociaux pour partager leurs premières expériences, de "
                    "l'immatriculation des travailleurs indépendants à l'adaptation des "
                    "cotisations aux revenus irréguliers. Les dates restent à confirmer ; le "
                    "programme et les modalités d'inscription seront annoncés sur cette "
                    "page.</p>",
                ),
            ],
        },
        "es": {
            "slug": "taller-directriz-cipres-economia-informal-2027",
            "title": (
                "Taller regional: poner en práctica la directriz de la CIPRES sobre los "
                "trabajadores de la economía informal"
            ),
            "location": "Lomé, Togo",
            "summary": (
                "Previsto del 16 al 18 de marzo de 2027 en Lomé: los Estados miembros de la "
                "CIPRES compararán cómo aplican la directriz sobre la extensión de la "
                "protección social a los trabajadores de la economía informal."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>En diciembre de 2022, el Consejo de Ministros de la CIPRES adoptó una "
                    "directriz sobre la extensión de la protección social a los trabajadores "
                    "de la economía informal. Darla a conocer en los Estados miembros es uno "
                    "de los objetivos del plan de trabajo de cooperación a tres años acordado "
                    "por la CIPRES y la OIT en 2023.</p>",
                ),
                (
                    "paragraph",
                    "<p>El taller reunirá a instituciones de seguridad social, ministerios e "
                    "interlocutores sociales para compartir sus primeras experiencias, desde "
                    "la inscripción de los trabajadores por cuenta propia hasta la adaptación "
                    "de las cotizaciones a los ingresos irregulares. Las fechas son "
                    "provisionales; el programa y las condiciones de inscripción se "
                    "anunciarán en esta página.</p>",
                ),
            ],
        },
    },
]

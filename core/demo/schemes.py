"""Demo micro-insurance schemes with their yearly figures, from facts in the seed documents.

Sixteen schemes in twelve countries, all marked as demo data. Those the G-NEWS
newsletter (seed 003) describes keep its facts: MUSARS in the Sikasso region of
Mali, the Pune community health mutual, the mutuelles de santé of Rwanda, the
SIFFS fishermen's insurance in Kerala, the GTZ-supported mutuals of Tiko and Wum
in Cameroon and the Senegalese mutuals that contract with health facilities on
the national framework agreement. Those of Ghana, Benin, Burkina Faso, Burundi,
Bolivia and Colombia are invented. Every figure is invented: members never
exceed beneficiaries, nor beneficiaries the country's demo population.

Fifteen schemes are published, each with the approved changes that added it and
reported each of its years, so their history is not empty. The dockers' micro-insurance of
La Victoria market in Lima (seed 000) is proposed by carlos@gess.example and
waits in the editors' review queue. No inventory campaign is opened: opening
one e-mails every manager.

Idempotent: networks are matched on their name, schemes on (name, country),
their risks, networks and managers set again, their years on (scheme, year) and
their changes on (scheme, kind, year). Dates are fixed, so a second run changes
nothing.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from schemes import currencies, services
from schemes.models import FIRST_YEAR, Network, Risk, Scheme, SchemeChange, SchemeYear

EDITOR = "editor@gess.example"
AMINATA = "aminata@gess.example"
EXPERT = "expert@gess.example"
CARLOS = "carlos@gess.example"

MUTUAL = Scheme.Type.HEALTH_MUTUAL
COMMUNITY = Scheme.Type.COMMUNITY
COOPERATIVE = Scheme.Type.COOPERATIVE
MICROFINANCE = Scheme.Type.MICROFINANCE
PARTNER_AGENT = Scheme.Type.PARTNER_AGENT
PUBLIC = Scheme.Type.PUBLIC
Legal = Scheme.LegalStatus
Often = Scheme.Frequency
PERSON, FAMILY = Scheme.Basis.PERSON, Scheme.Basis.FAMILY

# Networks and federations, by the key the schemes use: (name, acronym).
NETWORKS = {
    "UTM": ("Union technique de la Mutualité malienne", "UTM"),
    "Concertation": (
        "Concertation entre les acteurs du développement des mutuelles de santé en Afrique",
        "La Concertation",
    ),
    "AMIN": ("Asian Microinsurance Network", "AMIN"),
    "ACYM": ("América Cooperativa y Mutual", "ACYM"),
    "SIFFS": ("South Indian Federation of Fishermen Societies", "SIFFS"),
}

# The framework agreement of seed 003, which Senegalese mutuals' contracts follow.
SENEGAL_FRAMEWORK = (
    "The contracts follow the national framework agreement between health mutuals and "
    "health facilities drawn up by the Ministry of Health with the ILO STEP programme: "
    "quality of care, tariffs, invoicing, payment and guarantees, information, monitoring "
    "and evaluation."
)

# Each scheme: its fields, managers and contact (e-mails), and its years as
# (year, members, beneficiaries, contributions collected, claims paid, what changed).
SCHEMES = [
    {
        "name": "Mutuelle de santé de la région de Sikasso",
        "acronym": "MUSARS",
        "country": "ML",
        "locality": "Sikasso region",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2007,
        "promoter": "SOCODEVI (Société de coopération pour le développement international)",
        "support": [
            "SOCODEVI",
            "Fédération nationale de la Mutualité française (FNMF)",
            "MACIF",
            "Kafo Jiginew, micro-credit cooperative (premises and accounts)",
            "SSQ Assurances générales, Québec (feasibility study)",
        ],
        "networks": ["UTM", "Concertation"],
        "target_population": (
            "Cotton-growing families of the Sikasso region and the members of its dozen "
            "small local mutuals, which joined the regional mutual. A regional rather than "
            "a local mutual, to reach enough members for its balance and autonomy."
        ),
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("250", "XOF", Often.MONTHLY, PERSON),
        "benefits_package": (
            "The minimum package of the community health centres (consultations, "
            "essential medicines, deliveries) and referral to the district hospitals."
        ),
        "provider_contracts": (
            "Agreements with the community health centres of the region and the district "
            "hospitals: agreed tariffs and third-party payment, members pay 25% of the bill."
        ),
        "managers": [EXPERT, "oumar@gess.example"],
        "contact": EXPERT,
        "added": (2021, 2, 8),
        "years": [
            (2021, 9120, 43800, "105100000", "86400000", ""),
            (
                2022,
                9640,
                46100,
                "111800000",
                "95200000",
                "Caesarean sections added at the regional hospital.",
            ),
            (
                2023,
                10210,
                49300,
                "120400000",
                "101900000",
                "More than the 10,000 members the "
                "constituent general assembly of 24 March 2007 set as the target.",
            ),
            (
                2024,
                10580,
                51200,
                "125600000",
                "104300000",
                "Contributions collected after the cotton harvest through Kafo Jiginew's branches.",
            ),
            (2025, 10930, 52700, "129800000", "110100000", ""),
        ],
    },
    {
        "name": "Mutuelle de santé Jàmm ak Wér",
        "country": "SN",
        "locality": "Thiès",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 1998,
        "promoter": "Village associations of the Thiès department",
        "support": [
            "Union of mutual health organisations of Thiès",
            "ILO STEP programme, Dakar",
        ],
        "networks": ["Concertation"],
        "target_population": "Farming and trading households of the villages around Thiès.",
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("3500", "XOF", Often.YEARLY, PERSON),
        "benefits_package": (
            "Consultations and essential generic medicines at the health posts, antenatal "
            "care and deliveries, hospital stays at the regional hospital. Under universal "
            "health coverage the State pays the other half of the contribution."
        ),
        "provider_contracts": "Health posts of the commune and Thiès regional hospital. "
        + SENEGAL_FRAMEWORK,
        "managers": [AMINATA],
        "contact": AMINATA,
        "added": (2021, 3, 2),
        "years": [
            (2021, 2610, 11900, "31200000", "27900000", ""),
            (
                2022,
                2740,
                12600,
                "33100000",
                "29400000",
                "New contract with the regional hospital, on the national framework agreement.",
            ),
            (2023, 2880, 13350, "35000000", "31800000", ""),
            (
                2024,
                3020,
                14100,
                "37000000",
                "32500000",
                "Contributions can be paid by mobile money.",
            ),
            (2025, 3150, 14800, "38900000", "34200000", ""),
        ],
    },
    {
        "name": "Mutuelle de santé des commerçants de Sandaga",
        "country": "SN",
        "locality": "Dakar",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2004,
        "promoter": "Traders' association of Sandaga market",
        "support": ["Union of mutual health organisations of Dakar"],
        "networks": ["Concertation"],
        "target_population": "Traders, their employees and their families.",
        "risks": ["primary-care", "medicines", "hospitalisation", "maternity"],
        "contribution": ("500", "XOF", Often.MONTHLY, PERSON),
        "benefits_package": (
            "Consultations, medicines on a list of generics at partner pharmacies, "
            "hospital stays and deliveries in a public hospital."
        ),
        "provider_contracts": "A public hospital and three pharmacies near the market. "
        + SENEGAL_FRAMEWORK,
        "managers": [AMINATA],
        "contact": AMINATA,
        "added": (2022, 5, 16),
        "years": [
            (2022, 1150, 4200, "17600000", "14100000", ""),
            (
                2023,
                1260,
                4610,
                "19400000",
                "16800000",
                "Collectors go round the market every week.",
            ),
            (2024, 1390, 5050, "21200000", "18900000", ""),
            (
                2025,
                1480,
                5420,
                "22800000",
                "21300000",
                "Hospital tariffs revised with the hospital.",
            ),
        ],
    },
    {
        "name": "Mutuelle de santé départementale de Mbour",
        "country": "SN",
        "locality": "Mbour, Thiès region",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2014,
        "promoter": "Universal health coverage agency (Agence de la CMU)",
        "support": [
            "Universal health coverage agency (Agence de la CMU)",
            "Union of mutual health organisations of Thiès",
        ],
        "networks": ["Concertation"],
        "target_population": (
            "Every household of the department outside the formal sector schemes: "
            "fishing, tourism, farming and small trades."
        ),
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("3500", "XOF", Often.YEARLY, PERSON),
        "benefits_package": (
            "The basic package of universal health coverage at health posts and centres, "
            "hospital care on referral; the State pays half of each contribution and the "
            "whole contribution of the poorest households."
        ),
        "provider_contracts": "Every public health post and centre of the department and "
        "Mbour hospital. " + SENEGAL_FRAMEWORK,
        "managers": [AMINATA],
        "contact": AMINATA,
        "added": (2021, 4, 20),
        "years": [
            (2021, 8150, 38400, "107500000", "93200000", ""),
            (
                2022,
                8900,
                41700,
                "116800000",
                "104100000",
                "Enrolment campaign with the fishermen's associations.",
            ),
            (2023, 9760, 45500, "127400000", "116000000", ""),
            (2024, 10420, 48900, "136900000", "122700000", ""),
        ],
    },
    {
        "name": "Mutuelle de santé de Huye",
        "country": "RW",
        "locality": "Huye district, Southern Province",
        "scheme_type": PUBLIC,
        "legal_status": Legal.PUBLIC,
        "year_started": 1999,
        "promoter": "Ministry of Health",
        "support": [
            "ILO STEP programme, Kigali",
            "Rwanda Social Security Board (manages the mutuelles since 2015)",
        ],
        "networks": [],
        "target_population": (
            "Every household of the district not covered by another health insurance "
            "scheme: membership has been compulsory for families since 2006."
        ),
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("3000", "RWF", Often.YEARLY, PERSON),
        "benefits_package": (
            "The minimum package at the health centres, paid by the contributions, and the "
            "complementary package at the district hospital, paid by the national and "
            "district solidarity funds. The contribution, first set by each district, was "
            "harmonised in September 2006 at 1,000 RWF per person per year; it now depends "
            "on the household's Ubudehe category."
        ),
        "provider_contracts": (
            "The health centres of the district and Kabutare district hospital; members "
            "pay a co-payment of about 10% of the cost of the care they receive."
        ),
        "managers": ["jeanne@gess.example"],
        "contact": "jeanne@gess.example",
        "added": (2021, 6, 7),
        "years": [
            (2021, 72300, 301500, "723600000", "655000000", ""),
            (2022, 73100, 305200, "732500000", "689400000", ""),
            (
                2023,
                74600,
                310800,
                "745900000",
                "702300000",
                "Contributions paid through the mobile payment platform.",
            ),
            (2024, 75900, 316400, "759400000", "731800000", ""),
        ],
    },
    {
        "name": "SIFFS Fishermen's Insurance Programme",
        "acronym": "SIFFS-FIP",
        "country": "IN",
        "locality": "Thiruvananthapuram, Kerala",
        "scheme_type": PARTNER_AGENT,
        "legal_status": Legal.COOPERATIVE,
        "promoter": "South Indian Federation of Fishermen Societies (SIFFS)",
        "support": [
            "Insurance companies for which the programme acts as a non-profit broker",
            "Government of India (half the premium of the JBY life insurance)",
        ],
        "networks": ["SIFFS", "AMIN"],
        "target_population": (
            "The artisanal fishermen of the federation's 120 societies, about 30,000 "
            "people, whose work at sea is dangerous."
        ),
        "risks": ["life", "accident", "old-age"],
        "contribution": ("100", "INR", Often.YEARLY, PERSON),
        "benefits_package": (
            "Old-age insurance: members' savings earn 9% a year, calculated every quarter. "
            "JBY life insurance, half paid by the central government, covers boat owners "
            "against natural and accidental death; their children can get secondary school "
            "scholarships. A second policy covers five crew members of each boat against "
            "accidental death while fishing, from a register the boat owner keeps. Cover of "
            "fishing equipment is planned."
        ),
        "managers": ["priya@gess.example"],
        "contact": "priya@gess.example",
        "added": (2021, 9, 13),
        "years": [
            (
                2021,
                9649,
                12300,
                "964900",
                "611000",
                "2,600 members in the old-age scheme "
                "and 7,049 boat owners in the JBY life insurance.",
            ),
            (2022, 9980, 12850, "998000", "702500", ""),
            (2023, 10420, 13400, "1042000", "655800", ""),
            (2024, 10760, 13900, "1076000", "824300", "A second insurer joined the partnership."),
        ],
    },
    {
        "name": "Pune Community Health Mutual",
        "country": "IN",
        "locality": "Pune, Maharashtra",
        "scheme_type": COMMUNITY,
        "legal_status": Legal.ASSOCIATION,
        "year_started": 2006,
        "promoter": "Inter Aide (French NGO)",
        "support": [
            "Inter Aide",
            "MACIF (financial and technical support)",
            "Local NGOs of the settlements",
        ],
        "networks": ["AMIN"],
        "target_population": (
            "Families of the slums of Pune, many of them borrowers of the micro-finance "
            "programme of the same project."
        ),
        "risks": ["primary-care", "medicines", "hospitalisation"],
        "contribution": ("100", "INR", Often.YEARLY, PERSON),
        "benefits_package": (
            "A doctor on duty and a network of nearby health professionals, third-party "
            "payment, prevention sessions. Contributions are the same for everyone; making "
            "them depend on income is under discussion."
        ),
        "provider_contracts": "Private clinics and two public hospitals of Pune, paid "
        "monthly by the mutual (third-party payment).",
        "managers": [],
        "contact": None,
        "added": (2021, 11, 29),
        "years": [
            (2021, 8620, 38200, "3438000", "2870000", ""),
            (2022, 9240, 41100, "3699000", "3212000", ""),
            (
                2023,
                9910,
                44300,
                "3987000",
                "3405000",
                "Members' committees elected in each settlement.",
            ),
            (2024, 10530, 47200, "4248000", "3688000", ""),
            (
                2025,
                11080,
                49600,
                "4464000",
                "3951000",
                "Close to the 50,000 beneficiaries the two founding mutuals aimed at.",
            ),
        ],
    },
    {
        "name": "Tiko Mutual Health Organisation",
        "country": "CM",
        "locality": "Tiko, South-West Region",
        "scheme_type": MUTUAL,
        "legal_status": Legal.OTHER,
        "year_started": 2002,
        "promoter": "German-Cameroonian Health and AIDS Programme (GTZ)",
        "support": [
            "German-Cameroonian Health and AIDS Programme (GTZ)",
            "Special Fund for Health Promotion of the South-West",
            "Provincial unit for the promotion and development of health mutuals (CPPDMS)",
        ],
        "networks": ["Concertation"],
        "target_population": (
            "Families of Tiko and the surrounding plantations. Founding members "
            '("shareholders") each represent 25 members, about 100 beneficiaries.'
        ),
        "risks": ["primary-care", "hospitalisation", "maternity", "medicines", "hiv-care"],
        "contribution": ("10000", "XAF", Often.YEARLY, FAMILY),
        "benefits_package": (
            "Registered as a common initiative group (GIC) and run by a salaried manager. "
            "Cover starts one month after the yearly contribution (for a family of four) is "
            "paid; apart from consultation fees, care is paid in full up to the ceilings. "
            "Since 2007, care of people living with HIV: antiretroviral treatment, "
            "laboratory follow-up and opportunistic infections, paid anonymously and backed "
            "by a reinsurance fund."
        ),
        "provider_contracts": "Tiko district hospital and the health centres of the "
        "health district, third-party payment.",
        "managers": [],
        "contact": None,
        "added": (2022, 1, 24),
        "years": [
            (2021, 2150, 8640, "20400000", "16900000", ""),
            (2022, 2310, 9260, "21900000", "18700000", ""),
            (
                2023,
                2470,
                9880,
                "23500000",
                "19300000",
                "Two provincial advisers trained new mutuals on the Tiko model.",
            ),
            (2024, 2590, 10350, "24600000", "21800000", ""),
        ],
    },
    {
        "name": "Wum Health Mutual",
        "country": "CM",
        "locality": "Wum, North-West Region",
        "scheme_type": MUTUAL,
        "legal_status": Legal.OTHER,
        "year_started": 2006,
        "promoter": "German-Cameroonian Health and AIDS Programme (GTZ)",
        "support": [
            "German-Cameroonian Health and AIDS Programme (GTZ)",
            "Special Fund for Health Promotion of the North-West",
        ],
        "networks": ["Concertation"],
        "target_population": "Families of Wum and the neighbouring villages.",
        "risks": ["primary-care", "hospitalisation", "medicines", "hiv-care"],
        "contribution": ("10000", "XAF", Often.YEARLY, FAMILY),
        "benefits_package": (
            "Care at the health centres and the district hospital up to the ceilings. The "
            "care of people living with HIV was added in 2007 at the request of those of "
            "Wum, who were paying for their treatment and tests themselves; patient experts "
            "help new patients follow their treatment."
        ),
        "provider_contracts": "Wum district hospital, third-party payment.",
        "managers": [],
        "contact": None,
        "added": (2023, 2, 6),
        "years": [
            (2022, 640, 2560, "6100000", "5200000", ""),
            (2023, 710, 2840, "6700000", "6000000", ""),
            (2024, 780, 3120, "7400000", "6900000", ""),
        ],
    },
    {
        "name": "Nkabom Mutual Health and Funeral Society",
        "country": "GH",
        "locality": "Techiman, Bono East Region",
        "scheme_type": COMMUNITY,
        "legal_status": Legal.ASSOCIATION,
        "year_started": 2009,
        "promoter": "Traders' associations of Techiman market",
        "support": ["A rural bank that collects the contributions"],
        "networks": [],
        "target_population": "Market traders and their families.",
        "risks": ["funeral", "hospitalisation", "life"],
        "contribution": ("15", "GHS", Often.MONTHLY, PERSON),
        "benefits_package": (
            "Completes the National Health Insurance Scheme: a daily allowance during "
            "hospital stays, a lump sum on the death of a member or a dependant, help with "
            "funeral costs."
        ),
        "managers": [],
        "contact": None,
        "added": (2022, 3, 14),
        "years": [
            (2021, 1820, 5120, "278500", "196400", ""),
            (2022, 1960, 5470, "299900", "231800", ""),
            (2023, 2110, 5890, "322800", "254100", ""),
            (2024, 2340, 6480, "358000", "271600", "Contribution collected by mobile money."),
        ],
    },
    {
        "name": "Mutuelle de santé Alafia de Parakou",
        "country": "BJ",
        "locality": "Parakou, Borgou",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2010,
        "promoter": "Women's savings groups of Parakou",
        "support": [
            "A microfinance institution that collects the contributions",
            "Communal union of mutual health organisations",
        ],
        "networks": ["Concertation"],
        "target_population": "Women of the savings groups, their husbands and children.",
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("500", "XOF", Often.MONTHLY, PERSON),
        "benefits_package": (
            "Consultations, generic medicines, antenatal care and deliveries, hospital "
            "stays of up to ten days."
        ),
        "provider_contracts": "Three health centres of Parakou and the departmental hospital.",
        "managers": [],
        "contact": None,
        "added": (2023, 4, 3),
        "years": [
            (2022, 1040, 3900, "16400000", "13900000", ""),
            (2023, 1130, 4300, "18100000", "15800000", ""),
            (
                2024,
                1220,
                4700,
                "19700000",
                "17200000",
                "Registered under the UEMOA regulation on social mutuals.",
            ),
            (2025, 1300, 5050, "21200000", "19000000", ""),
        ],
    },
    {
        "name": "Mutuelle de santé Laafi de Kaya",
        "country": "BF",
        "locality": "Kaya, Centre-Nord",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2003,
        "promoter": "Farmers' groups of the Kaya health district",
        "support": ["Union of mutual health organisations of the Centre-Nord"],
        "networks": ["Concertation"],
        "target_population": "Farming families of the villages of the health district.",
        "risks": ["primary-care", "maternity", "medicines"],
        "contribution": ("2000", "XOF", Often.SEASONAL, PERSON),
        "benefits_package": (
            "Consultations and essential medicines at the health and social promotion "
            "centres, antenatal care and deliveries."
        ),
        "provider_contracts": "The health and social promotion centres of the district.",
        "managers": [],
        "contact": None,
        "added": (2022, 6, 20),
        "years": [
            (2021, 1480, 7300, "12400000", "9800000", ""),
            (
                2022,
                1390,
                6900,
                "11700000",
                "10600000",
                "Fewer members: families displaced from the northern villages.",
            ),
            (
                2023,
                1520,
                7500,
                "12800000",
                "10900000",
                "Displaced families enrolled with the help of the municipality.",
            ),
            (2024, 1610, 7950, "13500000", "11800000", ""),
        ],
    },
    {
        "name": "Mutuelle de santé communautaire de Ngozi",
        "country": "BI",
        "locality": "Ngozi province",
        "scheme_type": COMMUNITY,
        "legal_status": Legal.ASSOCIATION,
        "year_started": 2012,
        "promoter": "Coffee growers' associations of Ngozi province",
        "support": ["Provincial health office"],
        "networks": [],
        "target_population": "Coffee-growing families of the province.",
        "risks": ["primary-care", "maternity", "medicines", "hospitalisation"],
        "contribution": ("12000", "BIF", Often.YEARLY, FAMILY),
        "benefits_package": (
            "Care at the health centres and on referral at the provincial hospital, "
            "medicines; completes the free care of children under five and of deliveries."
        ),
        "provider_contracts": "The health centres of three communes and Ngozi hospital.",
        "managers": [],
        "contact": None,
        "added": (2023, 5, 8),
        "years": [
            (2022, 2900, 14200, "31300000", "26000000", ""),
            (2023, 3150, 15500, "34000000", "29900000", ""),
            (2024, 3380, 16800, "36500000", "31400000", ""),
            (
                2025,
                3560,
                17700,
                "38400000",
                "35100000",
                "Contributions collected after the coffee harvest.",
            ),
        ],
    },
    {
        "name": "Seguro Agrícola Comunitario Quinua Real",
        "country": "BO",
        "locality": "Southern Altiplano, Oruro",
        "scheme_type": COOPERATIVE,
        "legal_status": Legal.COOPERATIVE,
        "year_started": 2015,
        "promoter": "Quinoa growers' cooperative of the southern Altiplano",
        "support": ["A savings and credit cooperative that keeps the fund"],
        "networks": ["ACYM"],
        "target_population": "Quinoa-growing families of the cooperative's communities.",
        "risks": ["crop", "life", "funeral"],
        "contribution": ("150", "BOB", Often.SEASONAL, FAMILY),
        "benefits_package": (
            "A payment per hectare lost to frost, hail or drought, on losses a community "
            "committee assesses; a lump sum and help with funeral costs on the death of a "
            "family member."
        ),
        "managers": [],
        "contact": None,
        "added": (2021, 8, 2),
        "years": [
            (2021, 640, 2500, "96000", "41200", ""),
            (
                2022,
                700,
                2740,
                "105000",
                "128600",
                "Hail in February: claims above the year's contributions, paid from the reserve.",
            ),
            (2023, 760, 2980, "114000", "63900", ""),
            (2024, 810, 3170, "121500", "88300", ""),
            (2025, 860, 3370, "129000", "70400", ""),
        ],
    },
    {
        "name": "Asociación Mutual Vendedores Unidos de Bogotá",
        "country": "CO",
        "locality": "Bogotá",
        "scheme_type": MUTUAL,
        "legal_status": Legal.MUTUAL,
        "year_started": 2011,
        "promoter": "Street vendors' organisations of central Bogotá",
        "support": ["A savings and credit cooperative that collects the contributions"],
        "networks": ["ACYM"],
        "target_population": "Informal street vendors and their families.",
        "risks": ["funeral", "life", "accident"],
        "contribution": ("12000", "COP", Often.MONTHLY, FAMILY),
        "benefits_package": (
            "Funeral services for every family member, a lump sum on the death of the "
            "member, a daily allowance after an accident that stops work."
        ),
        "managers": ["andres@gess.example"],
        "contact": "andres@gess.example",
        "added": (2022, 9, 12),
        "years": [
            (2022, 1250, 4300, "153000000", "98400000", ""),
            (2023, 1410, 4850, "172600000", "121700000", ""),
            (2024, 1530, 5270, "187300000", "133900000", "Accident cover added."),
            (2025, 1660, 5700, "203200000", "149500000", ""),
        ],
    },
    {
        "name": "Microseguro de los estibadores del mercado de La Victoria",
        "country": "PE",
        "locality": "La Victoria, Lima",
        "scheme_type": MICROFINANCE,
        "legal_status": Legal.INFORMAL,
        "promoter": "Dockers' unions of the La Victoria market",
        "support": [
            "Ministry of Labour and Employment Promotion",
            "SOCIEUX+ (public experts from France, Italy and Spain)",
        ],
        "networks": [],
        "target_population": (
            "Dockers of the wholesale agricultural market of La Victoria, paid by the "
            "load and without social security, and their families."
        ),
        "risks": ["old-age", "accident", "disability"],
        "contribution": ("20", "PEN", Often.MONTHLY, PERSON),
        "benefits_package": (
            "Planned: savings for an old-age pension, and cover of work accidents and of "
            "the sickness they cause, through a private microfinance institution."
        ),
        "managers": [CARLOS],
        "contact": CARLOS,
        "added": (2026, 10, 5),
        "status": Scheme.Status.PENDING,
        "note": (
            "Proposed after the meetings of the SOCIEUX+ experts with the dockers and their "
            "unions. The microfinance partner is not chosen yet; figures will follow the "
            "first year."
        ),
        "years": [],
    },
]


def _moment(day: tuple, hours: int = 9) -> datetime:
    return datetime(*day, hours, tzinfo=UTC)


def _check(spec: dict, risks: dict, users: dict) -> None:
    """Refuse demo data the portal's own forms would refuse, naming the scheme."""
    name = spec["name"]
    problems = []
    unknown = sorted(set(spec["risks"]) - set(risks))
    if unknown:
        problems.append(f"unknown risks {unknown}")
    unknown = sorted(set(spec["networks"]) - set(NETWORKS))
    if unknown:
        problems.append(f"unknown networks {unknown}")
    people = {*spec["managers"], spec["contact"]} - {None}
    if people - set(users):
        problems.append(f"load the demo users first (missing {sorted(people - set(users))})")
    if not currencies.is_current(spec["contribution"][1]):
        problems.append(f"{spec['contribution'][1]} is not a currency in use")
    for year, members, beneficiaries, *_ in spec["years"]:
        problems.extend(_year_problems(spec["country"], year, members, beneficiaries))
    if problems:
        raise ValueError(f"Demo scheme {name!r}: " + "; ".join(problems))


def _year_problems(country: str, year: int, members: int, beneficiaries: int) -> list[str]:
    problems = []
    if not FIRST_YEAR <= year <= timezone.now().year:
        problems.append(f"{year} is not a year to report")
    if not 0 <= members <= beneficiaries:
        problems.append(f"{year}: {members} members, {beneficiaries} beneficiaries")
    population = services.country_population(country, year)
    if population is not None and beneficiaries > population:
        problems.append(f"{year}: {beneficiaries} beneficiaries, population {population}")
    return problems


def _networks() -> dict[str, Network]:
    found = {}
    for key, (name, acronym) in NETWORKS.items():
        found[key], _ = Network.objects.update_or_create(name=name, defaults={"acronym": acronym})
    return found


def _fields(spec: dict, users: dict) -> dict:
    amount, currency, frequency, basis = spec["contribution"]
    added = _moment(spec["added"])
    published = spec.get("status", Scheme.Status.PUBLISHED) == Scheme.Status.PUBLISHED
    latest = max((row[0] for row in spec["years"]), default=None)
    managers = [users[email] for email in spec["managers"]]
    return {
        "acronym": spec.get("acronym", ""),
        "locality": spec["locality"],
        "scheme_type": spec["scheme_type"],
        "legal_status": spec["legal_status"],
        "year_started": spec.get("year_started"),
        "promoter": spec["promoter"],
        "support_organisations": "\n".join(spec["support"]),
        "target_population": spec["target_population"],
        "contribution_amount": Decimal(amount),
        "contribution_currency": currency,
        "contribution_frequency": frequency,
        "contribution_basis": basis,
        "benefits_package": spec["benefits_package"],
        "provider_contracts": spec.get("provider_contracts", ""),
        "contact": users.get(spec["contact"]),
        "created_by": managers[0] if managers else users[EDITOR],
        "status": spec.get("status", Scheme.Status.PUBLISHED),
        "is_demo": True,
        "created": added,
        "published": added + timedelta(days=3) if published else None,
        "updated": _moment((latest + 1, 3, 16)) if latest else added,
    }


def _scheme(spec: dict, users: dict, risks: dict, networks: dict) -> Scheme:
    fields = _fields(spec, users)
    scheme = (
        Scheme.objects.filter(name=spec["name"], country=spec["country"]).order_by("pk").first()
    )
    if scheme is None:
        scheme = Scheme.objects.create(name=spec["name"], country=spec["country"], **fields)
    else:
        changed = [name for name, value in fields.items() if getattr(scheme, name) != value]
        for name in changed:
            setattr(scheme, name, fields[name])
        if changed:
            scheme.save(update_fields=changed)
    scheme.risks.set([risks[slug] for slug in spec["risks"]])
    scheme.networks.set([networks[key] for key in spec["networks"]])
    scheme.managers.set([users[email] for email in spec["managers"]])
    return scheme


def _years(scheme: Scheme, spec: dict, reporter, editor) -> None:
    """The yearly records, each with the approved change that reported it."""
    for offset, (year, members, beneficiaries, collected, paid, changes) in enumerate(
        spec["years"]
    ):
        # Past years are reported once the scheme is in the database.
        reported = max(_moment((year + 1, 3, 2)), scheme.created + timedelta(days=7 + offset))
        record, _ = SchemeYear.objects.update_or_create(
            scheme=scheme,
            year=year,
            defaults={
                "members": members,
                "beneficiaries": beneficiaries,
                "contributions_collected": Decimal(collected),
                "claims_paid": Decimal(paid),
                "currency": scheme.contribution_currency,
                "changes": changes,
                "updated_by": reporter,
                "updated": reported,
            },
        )
        _change(
            scheme,
            SchemeChange.Kind.YEAR,
            year,
            data=services.year_values(record),
            submitted_by=reporter,
            submitted=reported - timedelta(days=1),
            reviewed_by=editor,
            reviewed=reported,
        )
    services.refresh_latest(scheme)


def _change(scheme: Scheme, kind: str, year: int | None, **fields) -> SchemeChange:
    """The scheme's change of that kind (and year), created or brought back to ``fields``."""
    reviewed = fields["reviewed_by"] is not None
    fields = {
        "previous": {},
        "note": "",
        "reason": "",
        "status": SchemeChange.Status.APPROVED if reviewed else SchemeChange.Status.PENDING,
        **fields,
    }
    change = SchemeChange.objects.filter(scheme=scheme, kind=kind, year=year).order_by("pk").first()
    if change is None:
        return SchemeChange.objects.create(scheme=scheme, kind=kind, year=year, **fields)
    for name, value in fields.items():
        setattr(change, name, value)
    change.save()
    return change


def _creation(scheme: Scheme, spec: dict, editor) -> SchemeChange:
    """The "new scheme" change, with every field: approved by the editor when the
    scheme is published, else waiting for review."""
    pending = scheme.status == Scheme.Status.PENDING
    return _change(
        scheme,
        SchemeChange.Kind.CREATE,
        None,
        data=services.scheme_values(scheme),
        note=spec.get("note", ""),
        submitted_by=scheme.created_by,
        submitted=scheme.created,
        reviewed_by=None if pending else editor,
        reviewed=None if pending else scheme.published,
    )


def load_schemes(stdout=None, *, schemes: list[dict] | None = None) -> dict:
    """Load ``SCHEMES`` (or the given specs, for tests) and return what there is."""
    specs = SCHEMES if schemes is None else schemes
    emails = {EDITOR} | {
        email for spec in specs for email in (*spec["managers"], spec["contact"]) if email
    }
    users = {user.email: user for user in get_user_model().objects.filter(email__in=emails)}
    if EDITOR not in users:
        raise ValueError("Demo schemes: load the demo users first (missing the editor)")
    risks = Risk.objects.in_bulk(field_name="slug")
    for spec in specs:
        _check(spec, risks, users)
    networks = _networks()

    loaded = []
    for spec in specs:
        scheme = _scheme(spec, users, risks, networks)
        _creation(scheme, spec, users[EDITOR])
        reporter = users[spec["managers"][0]] if spec["managers"] else users[EDITOR]
        _years(scheme, spec, reporter, users[EDITOR])
        loaded.append(scheme)
    counts = {
        "schemes": len(loaded),
        "published": sum(1 for scheme in loaded if scheme.is_published),
        "waiting for review": sum(1 for scheme in loaded if not scheme.is_published),
        "yearly records": SchemeYear.objects.filter(scheme__in=loaded).count(),
        "networks": len(networks),
    }
    if stdout is not None:
        stdout.write("Demo schemes: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return counts

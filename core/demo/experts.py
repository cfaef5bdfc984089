"""Demo expert profiles, their CVs, and one technical-assistance need with a shortlist.

The demo expert (expert@gess.example) gets a profile; ten invented experts join
as members who cannot sign in, like the community in ``core.demo.users``. They
come from the world of the seed documents: actuaries, trainers of mutual health
organisations, public experts from France, Italy and Belgium mobilised by
SOCIEUX+, West African health insurance specialists, Latin American pension
lawyers. Each has a one-page CV (a PDF written by ``make_pdf``) holding a word
found nowhere else in the profile, so search inside CVs can be shown:

    reversionary, capitation, teletransmission, telematic, tripartism,
    tontine, adjudication, portability, counterfactual, IDPoor, reinsurance

Most profiles are public, two are for signed-in members only, one is hidden.

Idempotent: users and profiles are matched on e-mail, their relations set
again, a CV written only when the stored file is missing; the need is matched
on its title and its shortlist entries on (need, expert).
"""

import io
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts import roles
from core.models import Language
from experts.models import (
    AssistanceNeed,
    ExpertCountry,
    ExpertiseArea,
    ExpertLanguage,
    ExpertProfile,
    ShortlistEntry,
)

from .documents import make_pdf

# The English names of the areas, used only if the data migration has not created them.
AREA_NAMES = {
    "health-insurance": "Health insurance",
    "pensions": "Pensions",
    "actuarial-analysis": "Actuarial analysis",
    "social-assistance": "Social assistance and cash transfers",
    "micro-insurance": "Micro-insurance management",
    "legislation": "Legislation",
    "financing": "Financing",
    "information-systems": "Information systems",
    "monitoring-evaluation": "Monitoring and evaluation",
    "training": "Training",
    "employment-injury": "Occupational injury",
    "unemployment-protection": "Unemployment protection",
    "social-dialogue": "Social dialogue",
}

PUBLIC = ExpertProfile.Visibility.PUBLIC
MEMBERS = ExpertProfile.Visibility.MEMBERS
HIDDEN = ExpertProfile.Visibility.HIDDEN
AVAILABLE = ExpertProfile.Availability.AVAILABLE
PARTLY = ExpertProfile.Availability.PARTLY
UNAVAILABLE = ExpertProfile.Availability.UNAVAILABLE
BASIC, WORKING, FLUENT, NATIVE = 1, 2, 3, 4

DEMO_EXPERT = "expert@gess.example"

# Each expert: the member (for the invented ones), the profile, and the CV's paragraphs.
EXPERTS = [
    {
        "email": DEMO_EXPERT,
        "headline": "Actuary, pension reform specialist, 16 years in Latin America and Africa",
        "areas": ["pensions", "actuarial-analysis", "legislation"],
        "years": 16,
        "employer": "FIIAPP",
        "education": "MSc in Actuarial Science, Universidad Complutense de Madrid.",
        "publications": "Parametric reform options for a contributory pension scheme (2021).",
        "summary": (
            "I build projection models for pension schemes and explain their results to "
            "ministries, social partners and parliaments. Recent assignments: the actuarial "
            "valuation of the Cabo Verde scheme and the costing of a universal old-age "
            "pension in Peru."
        ),
        "availability": AVAILABLE,
        "visibility": PUBLIC,
        "countries": ["PE", "CO", "BO", "CV", "SN"],
        "languages": [("es", NATIVE), ("en", FLUENT), ("fr", WORKING)],
        "cv": [
            "Lucía Fernández Ortega, actuary (FIIAPP, Madrid).",
            "2019-2021: actuarial valuation of the contributory scheme of Cabo Verde, "
            "including the cost of reversionary survivors' pensions under three "
            "indexation rules.",
            "2016-2018: costing of a universal non-contributory old-age pension for Peru, "
            "with the Ministry of Development and Social Inclusion.",
            "Training: short courses on pension projections for staff of social security "
            "institutions in Bolivia and Colombia.",
        ],
    },
    {
        "email": "moussa.diop@gess.example",
        "name": "Moussa Diop",
        "country": "SN",
        "organisation": "Independent consultant, Dakar",
        "position": "Health insurance actuary",
        "member_languages": ["fr", "wo", "en"],
        "headline": "Health insurance actuary, 14 years in West Africa",
        "areas": ["health-insurance", "actuarial-analysis", "financing"],
        "years": 14,
        "employer": "Independent consultant",
        "education": "Diploma of the Institute of Actuaries of France; engineer, ENSAE Dakar.",
        "publications": "Costing the benefit package of community-based health insurance (2020).",
        "summary": (
            "I price benefit packages and assess the financial balance of health insurance "
            "schemes, from district mutual health organisations to national schemes. I have "
            "worked with the Senegalese universal health coverage agency since its creation."
        ),
        "availability": AVAILABLE,
        "available_from": date(2027, 2, 1),
        "visibility": PUBLIC,
        "countries": ["SN", "ML", "BF", "CI"],
        "languages": [("fr", NATIVE), ("wo", NATIVE), ("en", WORKING)],
        "cv": [
            "Moussa Diop, health insurance actuary, Dakar.",
            "2020: costing of the basic benefit package of community-based health insurance "
            "in Senegal, with a comparison of fee-for-service and capitation payments to "
            "health posts.",
            "2017-2018: financial projections for the health insurance scheme of civil "
            "servants in Mali.",
            "2015: review of the premium levels of twelve mutual health organisations in "
            "Burkina Faso and Côte d'Ivoire.",
        ],
    },
    {
        "email": "brigitte.lemaire@gess.example",
        "name": "Brigitte Lemaire",
        "country": "FR",
        "organisation": "National health insurance fund (retired)",
        "position": "SOCIEUX+ public expert",
        "member_languages": ["fr", "en"],
        "headline": "Health insurance operations and claims systems, SOCIEUX+ public expert",
        "areas": ["health-insurance", "information-systems", "training"],
        "years": 22,
        "employer": "SOCIEUX+ expert roster",
        "education": "Master's degree in public management, Sciences Po Lyon.",
        "summary": (
            "Twenty years running claims processing in a French health insurance fund, "
            "then peer-to-peer missions for SOCIEUX+: setting up affiliation and claims "
            "procedures, training staff, writing procedure manuals."
        ),
        "availability": PARTLY,
        "visibility": PUBLIC,
        "countries": ["FR", "TG", "BJ", "KH"],
        "languages": [("fr", NATIVE), ("en", FLUENT)],
        "cv": [
            "Brigitte Lemaire, former head of claims processing, French health insurance.",
            "Introduced the teletransmission of claims from pharmacies and doctors in her "
            "fund, then advised Togo's national health insurance institute on the same.",
            "SOCIEUX+ missions: Benin (affiliation of informal workers, 2019), Cambodia "
            "(procedure manual for the health equity fund operator, 2022).",
        ],
    },
    {
        "email": "giulia.bernardi@gess.example",
        "name": "Giulia Bernardi",
        "country": "IT",
        "organisation": "INPS, Rome",
        "position": "SOCIEUX+ public expert",
        "member_languages": ["it", "en", "es"],
        "headline": "Employment injury and unemployment benefits administration",
        "areas": ["employment-injury", "unemployment-protection", "information-systems"],
        "years": 18,
        "employer": "INPS, Rome",
        "education": "Degree in economics, Sapienza University of Rome.",
        "summary": (
            "I manage benefit administration at the Italian social security institute and "
            "share it in SOCIEUX+ missions: how claims are checked, paid and reported, and "
            "how the data of several agencies are brought together."
        ),
        "availability": AVAILABLE,
        "visibility": MEMBERS,
        "countries": ["IT", "CO", "AL"],
        "languages": [("it", NATIVE), ("en", FLUENT), ("es", WORKING)],
        "cv": [
            "Giulia Bernardi, benefits administration, INPS.",
            "Designed the telematic channel through which employers declare work "
            "accidents and apply for short-time work benefits.",
            "SOCIEUX+: Colombia (psychosocial support for street vendors with IPES, 2021), "
            "Albania (unemployment benefit procedures, 2023).",
        ],
    },
    {
        "email": "pieter.janssens@gess.example",
        "name": "Pieter Janssens",
        "country": "BE",
        "organisation": "Federal Public Service Social Security, Brussels",
        "position": "Adviser, international relations",
        "member_languages": ["nl", "fr", "en"],
        "headline": "Social dialogue and social security law, Belgian public expert",
        "areas": ["social-dialogue", "legislation", "unemployment-protection"],
        "years": 25,
        "employer": "Federal Public Service Social Security, Brussels",
        "education": "Master of Laws, KU Leuven.",
        "summary": (
            "A lawyer who has drafted social security bills with governments, employers "
            "and unions around the same table. I help ministries prepare the consultation "
            "of social partners on a reform."
        ),
        "availability": AVAILABLE,
        "visibility": PUBLIC,
        "countries": ["BE", "MA", "TN", "VN"],
        "languages": [("nl", NATIVE), ("fr", FLUENT), ("en", FLUENT)],
        "cv": [
            "Pieter Janssens, adviser, Federal Public Service Social Security.",
            "Secretary of the national labour council's working group on unemployment "
            "insurance; author of a guide on tripartism in social security governance.",
            "Missions: Morocco and Tunisia (consultation on extending coverage to the "
            "self-employed), Viet Nam (drafting of the social insurance law amendments).",
        ],
    },
    {
        "email": "fatoumata.keita@gess.example",
        "name": "Fatoumata Keïta",
        "country": "ML",
        "organisation": "Union technique de la mutualité malienne",
        "position": "Trainer of mutual health organisations",
        "member_languages": ["fr", "bm"],
        "headline": "Trainer of mutual health organisation managers, Sahel",
        "areas": ["micro-insurance", "training", "health-insurance"],
        "years": 11,
        "employer": "Union technique de la mutualité malienne",
        "education": "Diploma in health economics, University of Bamako.",
        "summary": (
            "I train elected officers and managers of mutual health organisations: "
            "membership drives, premium collection, bookkeeping, agreements with health "
            "centres. I adapt the material for members who read little."
        ),
        "availability": PARTLY,
        "visibility": PUBLIC,
        "countries": ["ML", "SN", "BF", "NE", "GN"],
        "languages": [("fr", FLUENT), ("bm", NATIVE)],
        "cv": [
            "Fatoumata Keïta, trainer, Union technique de la mutualité malienne.",
            "Built a training course for mutual managers on linking a mutual to the "
            "women's tontine groups of a village, so that premiums are paid after harvest.",
            "Trained more than 400 managers in Mali, Senegal, Burkina Faso, Niger and "
            "Guinea between 2014 and 2024.",
        ],
    },
    {
        "email": "kofi.mensah@gess.example",
        "name": "Kofi Mensah",
        "country": "GH",
        "organisation": "Health insurance claims consultant, Accra",
        "position": "Claims and information systems specialist",
        "member_languages": ["en", "fr"],
        "headline": "Health insurance claims, information systems and monitoring",
        "areas": ["health-insurance", "information-systems", "monitoring-evaluation"],
        "years": 9,
        "employer": "Independent consultant, Accra",
        "education": "MSc in Health Informatics, University of Ghana.",
        "summary": (
            "I help health insurance schemes move from paper claims to electronic ones "
            "and build the indicators their boards follow every month."
        ),
        "availability": AVAILABLE,
        "visibility": MEMBERS,
        "countries": ["GH", "NG", "SL", "LR"],
        "languages": [("en", NATIVE), ("fr", WORKING)],
        "cv": [
            "Kofi Mensah, claims and information systems specialist, Accra.",
            "Designed the electronic claims adjudication rules of a district health "
            "insurance scheme, cutting payment delays to providers from 90 to 30 days.",
            "Monitoring frameworks for health insurance in Sierra Leone and Liberia.",
        ],
    },
    {
        "email": "rodrigo.salazar@gess.example",
        "name": "Rodrigo Salazar Peña",
        "country": "CL",
        "organisation": "Salazar & Vidal Abogados, Santiago",
        "position": "Pension lawyer",
        "member_languages": ["es", "en"],
        "headline": "Pension lawyer, social security legislation in Latin America",
        "areas": ["pensions", "legislation"],
        "years": 20,
        "employer": "Salazar & Vidal Abogados, Santiago",
        "education": "Law degree, Universidad de Chile; LLM, Universidad de Salamanca.",
        "summary": (
            "Twenty years of pension law: drafting reforms, advising supervisory bodies, "
            "and checking national laws against ILO social security standards."
        ),
        "availability": AVAILABLE,
        "visibility": PUBLIC,
        "countries": ["CL", "PE", "BO", "CO", "SV"],
        "languages": [("es", NATIVE), ("en", WORKING), ("pt", BASIC)],
        "cv": [
            "Rodrigo Salazar Peña, pension lawyer, Santiago de Chile.",
            "Drafted the provisions on the portability of pension rights between the "
            "contributory schemes of Andean countries.",
            "Advised El Salvador's pension supervisor on the regulation of programmed "
            "withdrawals, and Bolivia on the law creating its public pension manager.",
        ],
    },
    {
        "email": "valeria.mendoza@gess.example",
        "name": "Valeria Mendoza Ruiz",
        "country": "UY",
        "organisation": "Universidad de la República, Montevideo",
        "position": "Researcher in social policy evaluation",
        "member_languages": ["es", "pt", "en"],
        "headline": "Evaluation of cash transfer programmes, Southern Cone and Mexico",
        "areas": ["social-assistance", "monitoring-evaluation"],
        "years": 13,
        "employer": "Universidad de la República, Montevideo",
        "education": "PhD in economics, Universidad de la República.",
        "summary": (
            "I design and run impact evaluations of social assistance programmes, and "
            "train ministry teams to read and use them."
        ),
        "availability": AVAILABLE,
        "visibility": PUBLIC,
        "countries": ["UY", "PY", "AR", "MX"],
        "languages": [("es", NATIVE), ("pt", FLUENT), ("en", FLUENT)],
        "cv": [
            "Valeria Mendoza Ruiz, researcher, Montevideo.",
            "Led the counterfactual impact evaluation of a family allowance programme in "
            "Uruguay and of a conditional cash transfer in Paraguay.",
            "Taught evaluation methods to staff of the social development ministries of "
            "Argentina and Mexico.",
        ],
    },
    {
        "email": "sokha.chan@gess.example",
        "name": "Chan Sokha",
        "country": "KH",
        "organisation": "Health equity fund operator, Phnom Penh",
        "position": "Programme manager",
        "member_languages": ["km", "en", "fr"],
        "headline": "Health equity funds and social assistance targeting, Mekong countries",
        "areas": ["social-assistance", "micro-insurance", "health-insurance"],
        "years": 10,
        "employer": "Health equity fund operator, Phnom Penh",
        "education": "Master of Public Health, Mahidol University.",
        "summary": (
            "I manage a health equity fund paying hospital care for poor households and "
            "have advised Lao and Vietnamese teams on identifying who should benefit."
        ),
        "availability": UNAVAILABLE,
        "visibility": PUBLIC,
        "countries": ["KH", "LA", "VN"],
        "languages": [("km", NATIVE), ("en", FLUENT), ("fr", WORKING)],
        "cv": [
            "Chan Sokha, programme manager, health equity fund operator.",
            "Linked the health equity fund to the IDPoor identification of poor households, "
            "so that cardholders are admitted to hospital without paying.",
            "Advised community-based health insurance pilots in Lao PDR on premium "
            "subsidies for the poor.",
        ],
    },
    {
        "email": "jeanmarc.kabore@gess.example",
        "name": "Jean-Marc Kaboré",
        "country": "BF",
        "organisation": "CNSS, Ouagadougou",
        "position": "Actuary",
        "member_languages": ["fr", "en"],
        "headline": "Social security actuary, changing posts (profile hidden for now)",
        "areas": ["health-insurance", "actuarial-analysis", "financing"],
        "years": 17,
        "employer": "CNSS, Ouagadougou",
        "education": "Diploma in actuarial science, ISFA Lyon.",
        "summary": (
            "Actuary of a national social security fund; valuations of pensions and of "
            "the planned universal health insurance."
        ),
        "availability": UNAVAILABLE,
        "visibility": HIDDEN,
        "countries": ["BF", "SN", "NE"],
        "languages": [("fr", NATIVE), ("en", WORKING)],
        "cv": [
            "Jean-Marc Kaboré, actuary, CNSS Burkina Faso.",
            "Valuations of the pension branch in 2012, 2015 and 2018; studied the "
            "reinsurance of district mutual health organisations by a national pool.",
        ],
    },
]

# The invented experts, whose accounts this loader creates.
INVENTED = [spec for spec in EXPERTS if spec["email"] != DEMO_EXPERT]

NEED = {
    "title": "Actuarial review of the CMU health insurance scheme, Senegal",
    "description": (
        "The regional unions of mutual health organisations ask for an independent "
        "review of the premiums and subsidies of community-based health insurance under "
        "the universal health coverage (CMU) programme: are contributions and State "
        "subsidies enough to pay the benefit package for the next five years, and what "
        "should change if they are not? Work with the CMU agency in Dakar, visits to "
        "two regions, a report in French."
    ),
    "country": "SN",
    "areas": ["health-insurance", "actuarial-analysis", "financing"],
    "languages": ["fr"],
    "start_date": date(2027, 3, 1),
    "end_date": date(2027, 6, 30),
    "created_by": "aminata@gess.example",
}
SHORTLIST = [
    (
        "moussa.diop@gess.example",
        "Knows the CMU benefit package from the 2020 costing; free from February.",
    ),
    (
        DEMO_EXPERT,
        "Strong actuarial modelling; French at working level, pair with a French speaker.",
    ),
]
SHORTLISTED_BY = "editor@gess.example"


def _areas() -> dict[str, ExpertiseArea]:
    return {
        slug: ExpertiseArea.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in AREA_NAMES.items()
    }


def _member(spec: dict, groups: list[Group]):
    """An invented expert's account: no password, so nobody can sign in as them."""
    User = get_user_model()
    user, created = User.objects.update_or_create(
        email=spec["email"],
        defaults={
            "display_name": spec["name"],
            "country": spec["country"],
            "organisation": spec["organisation"],
            "position": spec["position"],
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.set(groups)
    user.languages.set(Language.objects.filter(code__in=spec["member_languages"]))
    return user


def _attach_cv(profile: ExpertProfile, spec: dict) -> bool:
    """Write the demo CV unless the stored file is there; fill its text if missing."""
    if profile.cv_file and profile.cv_file.storage.exists(profile.cv_file.name):
        if profile.cv_text:
            return False
        with profile.cv_file.open("rb") as stored:
            content = stored.read()
        profile.cv_text = _text_of(content, spec["cv"])
        profile.save(update_fields=["cv_text"])
        return False
    content = make_pdf(spec["cv"], title=f"CV, {profile.user.display_name}")
    profile.cv_file.save("cv.pdf", ContentFile(content), save=False)
    profile.cv_file_type = "pdf"
    profile.cv_original_name = f"CV {profile.user.display_name}.pdf"
    profile.cv_size = len(content)
    profile.cv_uploaded = timezone.now()
    profile.cv_text = _text_of(content, spec["cv"])
    profile.save()
    return True


def _text_of(content: bytes, paragraphs: list[str]) -> str:
    """The PDF's text as the portal's extraction reads it (the paragraphs if it cannot)."""
    try:
        from library.extract import extract_text
    except ImportError:
        return "\n\n".join(paragraphs)
    return extract_text(io.BytesIO(content), "pdf")


def _profile(user, spec: dict, areas: dict, languages: dict, age: int) -> ExpertProfile:
    fields = {
        "headline": spec["headline"],
        "years_of_experience": spec["years"],
        "employer": spec.get("employer", ""),
        "education": spec.get("education", ""),
        "publications": spec.get("publications", ""),
        "summary": spec.get("summary", ""),
        "availability": spec["availability"],
        "available_from": spec.get("available_from"),
        "visibility": spec["visibility"],
    }
    profile = ExpertProfile.objects.filter(user=user).first()
    if profile is None:
        # Staggered dates, so "recently updated" has an order to show.
        moment = timezone.now() - timedelta(days=7 * age)
        profile = ExpertProfile.objects.create(user=user, created=moment, updated=moment, **fields)
    else:
        changed = [name for name, value in fields.items() if getattr(profile, name) != value]
        for name in changed:
            setattr(profile, name, fields[name])
        if changed:
            profile.save(update_fields=changed)
    profile.areas.set([areas[slug] for slug in spec["areas"]])
    codes = sorted(set(spec["countries"]))
    profile.countries.exclude(country__in=codes).delete()
    existing = {str(code) for code in profile.countries.values_list("country", flat=True)}
    ExpertCountry.objects.bulk_create(
        [ExpertCountry(profile=profile, country=code) for code in codes if code not in existing]
    )
    wanted = {code: level for code, level in spec["languages"] if code in languages}
    profile.languages.exclude(language_id__in=list(wanted)).delete()
    for code, level in wanted.items():
        ExpertLanguage.objects.update_or_create(
            profile=profile, language=languages[code], defaults={"level": level}
        )
    return profile


def _need(areas: dict, languages: dict, users: dict) -> AssistanceNeed:
    spec = NEED
    fields = {
        "description": spec["description"],
        "country": spec["country"],
        "start_date": spec["start_date"],
        "end_date": spec["end_date"],
        "created_by": users.get(spec["created_by"]),
    }
    need = AssistanceNeed.objects.filter(title=spec["title"]).order_by("pk").first()
    if need is None:
        need = AssistanceNeed.objects.create(title=spec["title"], **fields)
    else:
        for name, value in fields.items():
            setattr(need, name, value)
        need.save()
    need.areas.set([areas[slug] for slug in spec["areas"]])
    need.languages.set([languages[code] for code in spec["languages"] if code in languages])
    return need


def load_experts(stdout=None) -> dict:
    User = get_user_model()
    demo_emails = {DEMO_EXPERT, NEED["created_by"], SHORTLISTED_BY}
    users = {user.email: user for user in User.objects.filter(email__in=demo_emails)}
    missing = demo_emails - set(users)
    if missing:
        raise ValueError(f"Demo experts: load the demo users first (missing {sorted(missing)})")
    groups = list(Group.objects.filter(name__in=[roles.MEMBERS, roles.EXPERTS]))
    areas = _areas()
    codes = {code for spec in EXPERTS for code, _level in spec["languages"]}
    languages = Language.objects.in_bulk(sorted(codes | set(NEED["languages"])))

    profiles = {}
    for age, spec in enumerate(EXPERTS):
        user = users[spec["email"]] if spec["email"] == DEMO_EXPERT else _member(spec, groups)
        profile = _profile(user, spec, areas, languages, age)
        _attach_cv(profile, spec)
        profiles[spec["email"]] = profile

    need = _need(areas, languages, users)
    for email, note in SHORTLIST:
        ShortlistEntry.objects.update_or_create(
            need=need,
            expert=profiles[email],
            defaults={"note": note, "added_by": users[SHORTLISTED_BY]},
        )
    counts = {
        "expert profiles": len(profiles),
        "CVs": sum(1 for profile in profiles.values() if profile.cv_file),
        "technical-assistance needs": 1,
        "shortlisted experts": need.shortlist.count(),
    }
    if stdout is not None:
        stdout.write("Demo experts: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return counts

"""Demo community news and newsletters, as in the old G-NEWS letter: news sent by
members from their countries, published by an editor, and picked for the newsletter
with new library items, an event and an editor's pick.

- Six published community news items from India (with a picture), Cameroon, Senegal
  (in French), Mexico (in Spanish), Uruguay and Belgium, and one from Peru (in Spanish)
  waiting for review.
- Newsletter issue no. 1, sent some weeks ago (titles and introductions in English,
  French and Spanish; two community news items, two library items, an upcoming event,
  an editor's pick), and issue no. 2, a draft.
- A few readers, Aminata Sow (``aminata@gess.example``, the demo member) among them.

Every text was written for the demo from facts of the seed documents (the G-NEWS letter
no. 2, the SOCIEUX+ pages). Dates are days before the load ("ago").

The rows are written directly, not through ``newsletters.community`` or
``newsletters.issues``: no author is told of a decision and no reader receives an issue,
so loading the demo sends no e-mail and writes no outbox row. The picture is drawn with
Pillow and stored as the portal stores a member's upload: checked and re-encoded by
``core.images`` (WebP), under a name the portal chose.

Idempotent: a news item is matched on its title, an issue on its number (an existing
issue is left as it is), a reader on the member.
"""

import io
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from core.images import reencode_image
from editorial.models import NewsPage
from library.models import Item
from newsletters.models import CommunityNews, IssueEntry, NewsletterIssue, Reader

Status, Section = CommunityNews.Status, IssueEntry.Section

EDITOR = "editor@gess.example"
IMAGE_MAX_BYTES = 5 * 1024 * 1024
IMAGE_MAX_SIDE = 1600

FISHERS = "Kerala's fishers' federation widens its insurance cover"
CAMEROON = "Cameroon: five health mutuals now cover people living with HIV"
INVENTORY = "Inventaire permanent des mutuelles de santé : déjà 70 questionnaires remplis"
YUCATAN = "Yucatán revisa la ley de seguridad social de los trabajadores del Estado"
ACYM = "ACYM: mutuals and cooperatives of the Americas join forces"
ENOTE = "An e-note on micro-insurance from Belgium's cooperative study centre"
DOCKERS = "Perú: un microseguro para los estibadores del mercado de La Victoria"


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# "ago": days since it was submitted; "published": days since an editor published it.
NEWS = [
    {
        "title": FISHERS,
        "author": "priya@gess.example",
        "country": "IN",
        "language": "en",
        "ago": 101,
        "published": 100,
        "image_alt": "A drawing of a fishing boat with a white sail on a blue sea",
        "text": _text(
            "The South Indian Federation of Fishermen Societies brings together 120 "
            "societies and some 30,000 fishers. Beyond boat building, marketing and credit, "
            "it acts as a non-profit broker between its members and several insurance "
            "companies.",
            "Its old-age savings plan now counts 2,600 members, whose savings earn 9 per "
            "cent, calculated every quarter. Life insurance for 7,049 boat owners is half "
            "paid by the central government, and their children can apply for secondary "
            "school grants. A second policy covers five fishers of each crew against "
            "accidental death while fishing, based on a register kept by the boat owner.",
            "The federation hopes to insure fishing equipment next: members lose nets and "
            "engines to every storm.",
        ),
    },
    {
        "title": CAMEROON,
        "author": "kofi.mensah@gess.example",
        "country": "CM",
        "language": "en",
        "ago": 77,
        "published": 75,
        "text": _text(
            "With the support of the German-Cameroonian health and AIDS programme, the "
            "mutuals of Saéa, Tiko, Manjo, Kumbo and Wum have added the care of people "
            "living with HIV to the services they pay for: antiretroviral treatment, "
            "laboratory follow-up and opportunistic infections.",
            "The request came from members in Wum, who were spending about 15,000 CFA "
            "francs every month on their treatment. Health centres are paid without the "
            "patient's name being revealed, and a reinsurance fund held by the provincial "
            "health promotion funds covers the extra cost.",
            "Because fewer than half of the members on treatment said they followed it "
            "correctly, the mutuals have also recruited expert patients to support the "
            "others. About 1,500 people are eligible in the areas covered.",
        ),
    },
    {
        "title": INVENTORY,
        "author": "aminata@gess.example",
        "country": "SN",
        "language": "fr",
        "ago": 60,
        "published": 58,
        "text": _text(
            "L'inventaire des mutuelles de santé d'Afrique de l'Ouest et du Centre est "
            "désormais permanent : chaque mutuelle, ou sa structure d'appui, remplit un "
            "questionnaire en ligne qui alimente une base de données, puis n'a plus qu'à le "
            "mettre à jour l'année suivante.",
            "En quatre mois, 70 mutuelles ont déjà répondu. Les statistiques tirées de la "
            "base (nombre de mutuelles, personnes couvertes, services pris en charge) sont "
            "en accès libre.",
            "Il n'est pas trop tard pour remplir le questionnaire : plus les mutuelles "
            "seront nombreuses à répondre, plus ces chiffres pèseront dans le dialogue avec "
            "les pouvoirs publics.",
        ),
    },
    {
        "title": YUCATAN,
        "author": "mariana@gess.example",
        "country": "MX",
        "language": "es",
        "ago": 43,
        "published": 41,
        "text": _text(
            "El Instituto de Seguridad Social de los Trabajadores del Estado de Yucatán "
            "(ISSTEY) prepara la reforma de la ley estatal de seguridad social, con el apoyo "
            "de la asistencia técnica de SOCIEUX+.",
            "El objetivo es garantizar a largo plazo la sostenibilidad financiera de los "
            "servicios y de las pensiones que se pagan a los derechohabientes. La propuesta "
            "se inspira en reformas de pensiones llevadas a cabo en Europa.",
            "El análisis de la ley está disponible en la biblioteca para quienes trabajan en "
            "reformas parecidas.",
        ),
    },
    {
        "title": ACYM,
        "author": "valeria.mendoza@gess.example",
        "country": "UY",
        "language": "en",
        "ago": 28,
        "published": 27,
        "link": "http://www.acym.net",
        "text": _text(
            "Across Latin America, mutuals and cooperatives offer their members forms of "
            "social protection, especially in health, but these initiatives often remain "
            "isolated and little documented.",
            "The América Cooperativa y Mutual network (ACYM) wants to change that. It brings "
            "together the Alianza del Mutualismo de América, the Asociación de Cooperativas "
            "y Mutuales de Seguros de las Américas and the International Health Cooperative "
            "Organisation. It will look for ways of working with formal social security "
            "schemes and keep a shared collection of tools on its website.",
            "Its first meeting takes place in Montevideo.",
        ),
    },
    {
        "title": ENOTE,
        "author": "pieter.janssens@gess.example",
        "country": "BE",
        "language": "en",
        "ago": 12,
        "published": 11,
        "link": "http://www.cooperatiefondernemen.be",
        "text": _text(
            "The Steunpunt Coöperatief Ondernemen, a Belgian study centre on cooperative "
            "enterprise, has published an e-note on micro-insurance with BRS and Cera.",
            "It explains what micro-insurance is in countries of the South, compares the "
            "legal forms of the organisations that provide it (companies, associations, "
            "cooperatives, health providers) and argues that cooperatives and mutuals serve "
            "the insured better. It also describes what Belgian mutuals, public bodies, "
            "universities and medical centres do in the field.",
        ),
    },
    {
        "title": DOCKERS,
        "author": "carlos@gess.example",
        "country": "PE",
        "language": "es",
        "ago": 3,
        "status": Status.PENDING,
        "text": _text(
            "Los estibadores del mercado mayorista de La Victoria, en las afueras de Lima, "
            "no tienen pensión ni seguro contra los accidentes de trabajo. A pedido del "
            "Ministerio de Trabajo y Promoción del Empleo, expertos de Francia, Italia y "
            "España se reunieron con ellos, con sus sindicatos y con entidades de "
            "microfinanzas.",
            "La idea es un microseguro que cubra la vejez y los riesgos de enfermedad y "
            "accidente en el trabajo. Falta decidir quién cobrará las cotizaciones: los "
            "estibadores no tienen empleador.",
        ),
    },
]

ISSUES = [
    {
        "number": 1,
        "status": NewsletterIssue.Status.SENT,
        "ago": 40,
        "sent": 34,
        "title": "Mutuals that cover HIV treatment, fishers who save for old age",
        "title_fr": (
            "Des mutuelles qui couvrent le traitement du VIH, des pêcheurs qui épargnent "
            "pour leurs vieux jours"
        ),
        "title_es": (
            "Mutuales que cubren el tratamiento del VIH, pescadores que ahorran para la vejez"
        ),
        "introduction": _text(
            "Welcome to the first issue of the newsletter. It is made of what you send us: "
            "news from your schemes, your countries and your networks, published on the "
            "portal under Community news.",
            "In this issue, fishers in Kerala who insure their lives and save for their old "
            "age, and mutuals in Cameroon that now pay for HIV treatment. You will also find "
            "two new resources from the library and the dates of a regional workshop on the "
            "CIPRES guideline for workers in the informal economy.",
        ),
        "introduction_fr": _text(
            "Bienvenue dans le premier numéro de la lettre. Elle est faite de ce que vous "
            "nous envoyez : les nouvelles de vos mutuelles, de vos pays et de vos réseaux, "
            "publiées sur le portail dans « Vie de la communauté ».",
            "Au sommaire : des pêcheurs du Kerala qui s'assurent et épargnent pour leurs "
            "vieux jours, des mutuelles camerounaises qui prennent désormais en charge le "
            "traitement du VIH, deux nouvelles ressources de la bibliothèque et l'annonce "
            "d'un atelier régional sur la directive de la CIPRES relative aux travailleurs "
            "de l'économie informelle.",
        ),
        "introduction_es": _text(
            "Bienvenidos al primer número del boletín. Lo hacemos con lo que ustedes nos "
            "envían: noticias de sus mutuales, de sus países y de sus redes, publicadas en el "
            "portal como noticias de la comunidad.",
            "En este número: pescadores de Kerala que se aseguran y ahorran para la vejez, "
            "mutuales de Camerún que ahora pagan el tratamiento del VIH, dos nuevos recursos "
            "de la biblioteca y un taller regional sobre la directiva de la CIPRES para los "
            "trabajadores de la economía informal.",
        ),
        "entries": [
            {"section": Section.COMMUNITY, "news": FISHERS},
            {
                "section": Section.COMMUNITY,
                "news": CAMEROON,
                "note": "The full study is in the library, in French.",
            },
            {
                "section": Section.LIBRARY,
                "item": "Key issues in microinsurance, No. 1: legislation",
                "note": "Two pages on what a law on micro-insurance should say, and why.",
            },
            {
                "section": Section.LIBRARY,
                "item": "Contribution des mutuelles de santé à la lutte contre le VIH/sida au "
                "Cameroun",
            },
            {"section": Section.EVENT, "event": "cipres-guideline-informal-economy-workshop-2027"},
            {
                "section": Section.PICK,
                "title": "Solution Exchange: insuring vulnerable communities against disasters",
                "link": "http://www.solutionexchange-un.net",
                "note": (
                    "The UN country team in India runs discussion lists for development "
                    "practitioners; one of them compared experiences of disaster insurance "
                    "for poor communities."
                ),
            },
        ],
    },
    {
        "number": 2,
        "status": NewsletterIssue.Status.DRAFT,
        "ago": 5,
        "title": "Regional networks and the informal economy",
        "title_fr": "Les réseaux régionaux et l'économie informelle",
        "title_es": "",
        "introduction": _text(
            "Mutuals and cooperatives of the Americas now have a network of their own, and "
            "Belgian cooperatives publish a guide to micro-insurance.",
        ),
        "introduction_fr": "",
        "introduction_es": "",
        "entries": [
            {"section": Section.COMMUNITY, "news": ACYM},
            {"section": Section.COMMUNITY, "news": ENOTE},
        ],
    },
]

# Members who receive the newsletter (and the weekly platform news when True).
READERS = {
    "aminata@gess.example": True,
    "carlos@gess.example": False,
    "expert@gess.example": False,
    "editor@gess.example": True,
    "priya@gess.example": False,
    "oumar@gess.example": True,
    "mariana@gess.example": False,
    "jeanne@gess.example": False,
}


def _ago(days: float):
    return timezone.now() - timedelta(days=days)


def _picture() -> SimpleUploadedFile:
    """A small PNG of a fishing boat at sea, as a member's camera would not take it."""
    image = Image.new("RGB", (480, 320), (164, 206, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 200, 480, 320), fill=(32, 96, 160))
    draw.polygon([(130, 200), (350, 200), (320, 240), (160, 240)], fill=(150, 82, 45))
    draw.line([(240, 200), (240, 80)], fill=(60, 40, 30), width=5)
    draw.polygon([(244, 86), (244, 192), (320, 192)], fill=(250, 250, 245))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return SimpleUploadedFile("boat.png", out.getvalue(), content_type="image/png")


def _news(users: dict) -> dict:
    """The demo's news items by title (created where missing)."""
    editor = users.get(EDITOR)
    found = {
        item.title: item
        for item in CommunityNews.objects.filter(title__in=[n["title"] for n in NEWS])
    }
    for spec in NEWS:
        if spec["title"] in found or spec["author"] not in users:
            continue
        status = spec.get("status", Status.PUBLISHED)
        published = _ago(spec["published"]) if status == Status.PUBLISHED else None
        item = CommunityNews(
            title=spec["title"],
            text=spec["text"],
            country=spec["country"],
            link=spec.get("link", ""),
            language=spec["language"],
            author=users[spec["author"]],
            status=status,
            submitted=_ago(spec["ago"]),
            reviewed_by=editor if published else None,
            reviewed_at=published,
            published_at=published,
        )
        if "image_alt" in spec:
            content = reencode_image(_picture(), max_bytes=IMAGE_MAX_BYTES, max_side=IMAGE_MAX_SIDE)
            item.image.save(f"{uuid.uuid4().hex}.webp", content, save=False)
            item.image_alt = spec["image_alt"]
        item.save()
        found[item.title] = item
    return found


def _entry(issue, spec: dict, position: int, news: dict) -> IssueEntry | None:
    entry = IssueEntry(
        issue=issue,
        section=spec["section"],
        position=position,
        title=spec.get("title", ""),
        link=spec.get("link", ""),
        note=spec.get("note", ""),
    )
    if "news" in spec:
        entry.community_news = news.get(spec["news"])
        if entry.community_news is None or entry.community_news.status != Status.PUBLISHED:
            return None
    elif "item" in spec:
        entry.library_item = Item.objects.published().filter(title=spec["item"]).first()
        if entry.library_item is None:
            return None
    elif "event" in spec:
        entry.event = NewsPage.objects.live().filter(slug=spec["event"]).first()
        if entry.event is None:
            return None
    return entry


def _issues(users: dict, news: dict, readers: int) -> None:
    editor = users.get(EDITOR)
    present = set(NewsletterIssue.objects.values_list("number", flat=True))
    for spec in ISSUES:
        if spec["number"] in present:
            continue
        sent = spec["status"] == NewsletterIssue.Status.SENT
        fields = ("title", "title_fr", "title_es")
        fields += ("introduction", "introduction_fr", "introduction_es")
        issue = NewsletterIssue.objects.create(
            number=spec["number"],
            status=spec["status"],
            created=_ago(spec["ago"]),
            created_by=editor,
            sent_at=_ago(spec["sent"]) if sent else None,
            sent_by=editor if sent else None,
            recipients=readers if sent else 0,
            **{key: spec[key] for key in fields},
        )
        positions: dict = {}
        entries = []
        for entry_spec in spec["entries"]:
            position = positions.get(entry_spec["section"], 0)
            entry = _entry(issue, entry_spec, position, news)
            if entry is not None:
                entries.append(entry)
                positions[entry_spec["section"]] = position + 1
        IssueEntry.objects.bulk_create(entries)


def _readers(users: dict) -> int:
    present = set(Reader.objects.values_list("user__email", flat=True))
    Reader.objects.bulk_create(
        Reader(user=users[email], newsletter=True, platform_news=platform_news)
        for email, platform_news in READERS.items()
        if email in users and email not in present
    )
    return Reader.objects.filter(user__email__in=READERS, newsletter=True).count()


def load_newsletters() -> dict:
    users = {user.email: user for user in get_user_model().objects.all()}
    news = _news(users)
    readers = _readers(users)
    _issues(users, news, readers)
    demo = CommunityNews.objects.filter(title__in=[spec["title"] for spec in NEWS])
    return {
        "community news": demo.filter(status=Status.PUBLISHED).count(),
        "waiting for review": demo.filter(status=Status.PENDING).count(),
        "issues": NewsletterIssue.objects.filter(number__in=[s["number"] for s in ISSUES]).count(),
        "readers": readers,
    }

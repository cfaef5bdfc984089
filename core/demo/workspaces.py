"""Demo workspaces, named after the ones the old platforms hosted (seed documents):
"China: towards universal health insurance coverage", "Social marketing in Benin",
"Exclusão Social e HIV/SIDA", and a private working group on the permanent
inventory of health mutuals, so that every visibility and joining rule can be tried.

Each holds what its members wrote (``CONTENT``): blog posts with a comment, a small
wiki whose pages have their revisions, discussions with replies and an @mention, a
past and an upcoming event, a folder of documents (one with two versions), each
recorded in the activity stream (without e-mails). Benin's project follows the
Flagship Programme's Western Africa strategy, when the cooperation demo is loaded,
so that its page shows a results framework.

Idempotent: a workspace is matched on its name and created once (through
``workspaces.services.create``, which records its activity); memberships, the
join request and the invitation are created only when missing; posts, pages,
threads, events and documents are matched on their title in their workspace, a
folder on its name. Only the events' dates follow the day of the load: a second
run on a later day moves them (as an edit would), so that one is always to come.
"""

import re
import textwrap
import zoneinfo
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from core.demo.documents import make_docx, make_pdf
from workspaces import activity, services
from workspaces.bodies import render
from workspaces.mentions import mentioned
from workspaces.models import (
    Activity,
    Document,
    DocumentVersion,
    Event,
    Folder,
    Invitation,
    JoinRequest,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    WikiRevision,
    Workspace,
)

Kind, Visibility, Join, Role = (
    Workspace.Kind,
    Workspace.Visibility,
    Workspace.JoinPolicy,
    Membership.Role,
)

WORKSPACES = [
    {
        "name": "China: towards universal health insurance coverage",
        "summary": (
            "Researchers and officials follow the extension of health insurance to rural "
            "residents and migrant workers in China, and compare notes with the EU-China "
            "social protection reform project."
        ),
        "kind": Kind.RESEARCH,
        "countries": ["CN"],
        "visibility": Visibility.PUBLIC,
        "join_policy": Join.REQUEST,
        "owner": "wei@gess.example",
        "members": {"expert@gess.example": Role.MODERATOR, "priya@gess.example": Role.MEMBER},
        "tags": ["health insurance", "China"],
    },
    {
        "name": "Social marketing in Benin",
        "summary": (
            "Field actors of Benin's health mutuals share what makes people join: radio "
            "spots, meetings in markets, word of mouth from members whose care was paid."
        ),
        "kind": Kind.PROJECT,
        "countries": ["BJ"],
        "visibility": Visibility.PUBLIC,
        "join_policy": Join.OPEN,
        "owner": "aminata@gess.example",
        "members": {"kodjo@gess.example": Role.MODERATOR, "jeanne@gess.example": Role.MEMBER},
        "tags": ["health mutuals", "social marketing"],
        # The cooperation action whose results framework the project follows.
        "action": "western-africa-flagship-2022-2025",
    },
    {
        "name": "Exclusão Social e HIV/SIDA",
        "summary": (
            "A community of practice of Portuguese-speaking countries on social exclusion "
            "and HIV/AIDS: how mutuals and social services can cover people living with HIV."
        ),
        "kind": Kind.COMMUNITY,
        "countries": ["BR", "MZ", "PT"],
        "visibility": Visibility.MEMBERS,
        "join_policy": Join.REQUEST,
        "owner": "mariana@gess.example",
        "members": {"carlos@gess.example": Role.MEMBER},
        "request": ("andres@gess.example", "I work with health mutuals in Bogotá."),
        "tags": ["HIV/AIDS", "social exclusion"],
    },
    {
        "name": "Permanent inventory of health mutuals",
        "summary": (
            "The working group that prepares each year's inventory campaign of the health "
            "mutuals of West and Central Africa: questionnaire, reminders, statistics."
        ),
        "kind": Kind.WORKING_GROUP,
        "countries": ["SN", "ML", "BJ"],
        "visibility": Visibility.PRIVATE,
        "join_policy": Join.INVITATION,
        "owner": "expert@gess.example",
        "members": {"aminata@gess.example": Role.MODERATOR},
        "invite": "concertation.secretariat@example.org",
        "tags": ["inventory", "health mutuals"],
    },
]


# --- What the members wrote -------------------------------------------------------------
# Every text below was written for the demo from facts of the seed documents (the G-NEWS
# letter of the STEP programme, BELINCOSOC's projects, the CIARIS pages, the Flagship
# Programme's Western Africa report). Dates are days before the load ("ago") or, for
# events, days from today ("in"), so that the demo never ages. Authors are e-mail
# addresses of the demo accounts, always members of the workspace they write in.

CHINA, BENIN, HIV, INVENTORY = (spec["name"] for spec in WORKSPACES)
WEI, LUCIA, PRIYA = "wei@gess.example", "expert@gess.example", "priya@gess.example"
AMINATA, KODJO, JEANNE = "aminata@gess.example", "kodjo@gess.example", "jeanne@gess.example"
MARIANA, CARLOS = "mariana@gess.example", "carlos@gess.example"

CONTENT = {
    CHINA: {
        # The time zone its events are given in.
        "zone": "Asia/Shanghai",
        "posts": [
            {
                "title": "Two schemes, a billion people: where residents' health insurance stands",
                "author": WEI,
                "ago": 41,
                "body": """
                    China extends health insurance to the people its employee scheme leaves
                    out through two schemes built on voluntary enrolment and public
                    subsidies:

                    - the **new rural cooperative medical insurance**, aimed at some 700
                      million rural residents;
                    - the **basic medical insurance for urban residents**, aimed at some 300
                      million people in towns who have no job contract: children, students,
                      older people, informal workers.

                    Enrolment grew fast because the county pays most of the premium. The
                    open question is depth: what share of a hospital bill is still paid out
                    of pocket, and whether migrant workers are covered where they live or
                    where they were registered. I will post the figures we collect in the
                    wiki, page "Key figures".
                """,
                "comment": (
                    PRIYA,
                    "In Kerala we see the same gap between enrolment and real protection. "
                    "Do you have the reimbursement rates by level of hospital?",
                    40,
                ),
            },
            {
                "title": "Notes from the EU-China seminar on government pensions",
                "author": LUCIA,
                "ago": 27,
                "body": """
                    The EU-China Social Protection Reform Project is run by a consortium of
                    seven European countries (Belgium, France, Italy, Poland, Romania, Spain
                    and the Czech Republic), led by Italy's INPS. Its Belgian partner,
                    BELINCOSOC, and the National Pensions Service held a two-day seminar on
                    government pensions and their reform for senior Chinese officials.

                    Three points came back in every discussion:

                    1. merging the civil servants' scheme with the employees' scheme;
                    2. what a pension reform costs during the transition, and who pays;
                    3. social security as an economic stabiliser, a theme a delegation of
                       the National Development and Reform Commission came back to later.

                    Health insurance was not on the agenda, but the questions of pooling
                    and portability are the same as ours.
                """,
                "comment": (
                    WEI,
                    "Portability is exactly where residents' health insurance struggles "
                    "too. Thank you for the notes.",
                    26,
                ),
            },
            {
                "title": "Linking community schemes to national insurance: ten country studies",
                "author": PRIYA,
                "ago": 9,
                "body": """
                    A joint study by the ILO, the ISSA and the AIM looked at how statutory
                    social security and community-based schemes can work together, in
                    Argentina, Burundi, China, Colombia, Ghana, India, Laos, the
                    Philippines, Rwanda and Uruguay. It was presented at the World Social
                    Security Forum, in the technical commission on mutual benefit
                    societies.

                    The China study is the one most relevant to us: it describes how the
                    rural cooperative scheme grew out of community arrangements and was
                    then taken over by the State. I suggest we read it together; see the
                    event "Reading group".
                """,
                "comment": (LUCIA, "Good idea. I have added the reading group to the events.", 8),
            },
        ],
        "wiki": [
            {
                "title": "Reading guide",
                "revisions": [
                    (
                        WEI,
                        50,
                        "",
                        """
                        Start here. The pages below collect what the members of this
                        workspace know about health insurance for residents in China.

                        - **Glossary of the schemes**: the names and their abbreviations.
                        - **Key figures**: coverage, premiums, reimbursement.
                        - **Sources**: studies, official texts, contacts.
                        """,
                    ),
                ],
            },
            {
                "title": "Glossary of the schemes",
                "parent": "Reading guide",
                "revisions": [
                    (
                        WEI,
                        49,
                        "",
                        """
                        - **NRCMI**: new rural cooperative medical insurance.
                        - **Urban residents' scheme**: basic medical insurance for urban
                          residents without a job contract.
                        """,
                    ),
                    (
                        PRIYA,
                        33,
                        "Added the employees' scheme",
                        """
                        - **NRCMI**: new rural cooperative medical insurance.
                        - **Urban residents' scheme**: basic medical insurance for urban
                          residents without a job contract.
                        - **Employees' scheme**: basic medical insurance for urban
                          employees, paid by employers and workers.
                        """,
                    ),
                    (
                        LUCIA,
                        12,
                        "Who each scheme aims at",
                        """
                        | Scheme | For whom | Aimed at, or paid by |
                        | --- | --- | --- |
                        | NRCMI | rural residents | about 700 million |
                        | Urban residents' scheme | towns, no job contract | about 300 million |
                        | Employees' scheme | urban employees | employers and workers |
                        """,
                    ),
                ],
            },
            {
                "title": "Key figures",
                "parent": "Reading guide",
                "revisions": [
                    (
                        WEI,
                        38,
                        "",
                        """
                        The two residents' schemes aim at about **one billion people**:
                        some 700 million rural residents and some 300 million urban
                        residents. Reimbursement rates and premiums by province: to be
                        added.
                        """,
                    ),
                ],
            },
            {
                "title": "Sources",
                "parent": "Reading guide",
                "revisions": [
                    (
                        PRIYA,
                        9,
                        "",
                        """
                        - ILO, ISSA and AIM: joint study of the links between statutory
                          social security and community-based schemes, with a China
                          country report.
                        - EU-China Social Protection Reform Project: seminar papers on
                          government pensions.
                        """,
                    ),
                ],
            },
        ],
        "threads": [
            {
                "title": "Should the rural and urban residents' schemes merge?",
                "author": PRIYA,
                "ago": 22,
                "body": """
                    Both schemes are voluntary, subsidised and run by the same counties.
                    Merging them would pool risks over more people and end the question of
                    which scheme a family belongs to when it moves to town. What would it
                    cost the rural members, who pay less today?
                """,
                "replies": [
                    (
                        WEI,
                        21,
                        "Several cities are trying it. The hard part is the benefit package: "
                        "rural members fear paying the urban premium for care they cannot "
                        "reach. @Lucía Fernández Ortega, how did the pension reform handle "
                        "the same question?",
                    ),
                    (
                        LUCIA,
                        20,
                        "With a long transition and one rule for new members only. I will "
                        "share the seminar's paper on it in the documents.",
                    ),
                ],
            },
            {
                "title": "Migrant workers: which scheme covers them?",
                "author": LUCIA,
                "ago": 6,
                "body": """
                    A worker registered in a village who works in a city is often enrolled
                    in the rural scheme at home but falls ill in the city. Does anyone have
                    figures on how often they claim, and how much they are reimbursed?
                """,
                "replies": [
                    (
                        PRIYA,
                        5,
                        "Not figures, but the China study of the ILO/ISSA/AIM report has a "
                        "section on it. I will bring it to the reading group.",
                    ),
                ],
            },
        ],
        "events": [
            {
                "title": "Reading group: the China study on linking schemes",
                "author": LUCIA,
                "in": -4,
                "hour": 15,
                "hours": 1,
                "online_url": "https://meet.example.org/gess-china-reading",
                "description": "One hour online to discuss the China country report of the "
                "ILO/ISSA/AIM study. Read sections 2 and 3 before.",
            },
            {
                "title": "Video call: premiums and reimbursement by province",
                "author": WEI,
                "in": 10,
                "hour": 14,
                "hours": 1,
                "online_url": "https://meet.example.org/gess-china-figures",
                "description": "We go through the figures collected for the wiki page "
                '"Key figures" and decide what is missing.',
            },
        ],
        "folder": "Background papers",
        "documents": [
            {
                "title": "Health insurance for residents in China: a short note",
                "description": "Two pages on the rural and urban residents' schemes.",
                "author": WEI,
                "versions": [
                    (
                        WEI,
                        37,
                        "note-residents-insurance.pdf",
                        "",
                        [
                            "Health insurance for residents in China",
                            "Two schemes cover people without an employment contract: "
                            "the new rural cooperative medical insurance (about 700 million "
                            "people aimed at) and the basic medical insurance for urban "
                            "residents (about 300 million).",
                        ],
                    ),
                    (
                        WEI,
                        11,
                        "note-residents-insurance.pdf",
                        "Added the questions on migrant workers",
                        [
                            "Health insurance for residents in China",
                            "Two schemes cover people without an employment contract: "
                            "the new rural cooperative medical insurance (about 700 million "
                            "people aimed at) and the basic medical insurance for urban "
                            "residents (about 300 million).",
                            "Open questions: the share of hospital bills still paid out of "
                            "pocket; migrant workers enrolled at home who fall ill in town.",
                        ],
                    ),
                ],
            },
            {
                "title": "Government pensions and their reform: seminar notes",
                "description": "Lucía's notes from the EU-China seminar, as a Word file.",
                "author": LUCIA,
                "versions": [
                    (
                        LUCIA,
                        20,
                        "seminar-notes.docx",
                        "",
                        [
                            "Government pensions and their reform",
                            "Seminar of the EU-China Social Protection Reform Project, "
                            "organised by BELINCOSOC and the National Pensions Service.",
                            "Themes: merging the civil servants' and employees' schemes; "
                            "the cost of the transition; social security as an economic "
                            "stabiliser.",
                        ],
                    ),
                ],
            },
        ],
    },
    BENIN: {
        # The time zone its events are given in.
        "zone": "Africa/Porto-Novo",
        "posts": [
            {
                "title": "What the survey of needs told us",
                "author": AMINATA,
                "ago": 46,
                "body": """
                    Before writing a single radio spot, the mutual surveyed informal
                    workers on what they need and what they think of insurance. Three
                    findings shaped the campaign:

                    - people know the mutual's name but not what it pays for;
                    - they trust what a member whose care was paid tells them more than
                      any poster;
                    - a monthly contribution is hard for traders whose income comes by the
                      day.

                    The full summary is in the documents, folder "Campaign materials".
                """,
                "comment": (
                    JEANNE,
                    "The point about daily income matters. In Rwanda, paying by instalment "
                    "after the harvest made a real difference to enrolment.",
                    45,
                ),
            },
            {
                "title": "Radio spots or market meetings? First lessons",
                "author": KODJO,
                "ago": 18,
                "body": """
                    We ran both for six weeks. The radio spots made the mutual known: many
                    people who came to the stand had heard them. But people signed up at
                    the **market meetings**, where a member told how the mutual paid for
                    her daughter's hospital stay.

                    Our plan for the next round: fewer spots, more meetings, and the
                    elected members of the mutual at every meeting.
                """,
                "comment": (
                    AMINATA,
                    "Agreed. Let us also train the elected members before the next round: "
                    "see the event in the calendar.",
                    17,
                ),
            },
        ],
        "wiki": [
            {
                "title": "Social marketing toolkit",
                "revisions": [
                    (
                        AMINATA,
                        52,
                        "",
                        """
                        The tools of the pilot of the Mutual of Social Security of Benin,
                        to adapt and reuse. The approach has three parts: better
                        communication between the mutual's staff and its elected members,
                        partners able to explain the mutual, and the media to reach
                        everyone else.
                        """,
                    ),
                ],
            },
            {
                "title": "Communication plan",
                "parent": "Social marketing toolkit",
                "revisions": [
                    (
                        AMINATA,
                        51,
                        "",
                        """
                        1. Survey the needs and perceptions of informal workers.
                        2. Write the key messages.
                        3. Choose the channels: radio, market meetings, brochures, posters.
                        """,
                    ),
                    (
                        KODJO,
                        30,
                        "Added who does what",
                        """
                        1. Survey the needs and perceptions of informal workers (the
                           mutual's staff).
                        2. Write the key messages (staff and elected members together).
                        3. Choose the channels: radio, market meetings, brochures, posters
                           (partners' field agents).
                        """,
                    ),
                    (
                        JEANNE,
                        16,
                        "Lessons of the first round",
                        """
                        1. Survey the needs and perceptions of informal workers (the
                           mutual's staff).
                        2. Write the key messages (staff and elected members together).
                        3. Choose the channels: radio, market meetings, brochures, posters
                           (partners' field agents).
                        4. After six weeks, count who joined and where they heard of the
                           mutual; move the effort to what worked.
                        """,
                    ),
                ],
            },
            {
                "title": "Key messages for informal workers",
                "parent": "Social marketing toolkit",
                "revisions": [
                    (
                        JEANNE,
                        44,
                        "",
                        """
                        - The mutual belongs to its members: they elect who runs it.
                        - It pays a share of your care at the health centres it has a
                          contract with.
                        - Ask a member: their care was paid.
                        """,
                    ),
                ],
            },
            {
                "title": "Working with elected members",
                "parent": "Social marketing toolkit",
                "revisions": [
                    (
                        KODJO,
                        15,
                        "",
                        """
                        Elected members are the mutual's best ambassadors. Invite them to
                        every market meeting, give them the brochure a week before, and
                        let them tell their own story.
                        """,
                    ),
                ],
            },
        ],
        "threads": [
            {
                "title": "Brochure and posters: which languages?",
                "author": JEANNE,
                "ago": 35,
                "body": """
                    The first brochure is in French only. Most traders at the markets
                    speak Fon or Yoruba first. Should we print in the local languages, or
                    rely on the meetings for that?
                """,
                "replies": [
                    (
                        KODJO,
                        34,
                        "Posters with pictures and few words, in French; the meetings in the "
                        "local language. Printing three brochures costs more than the "
                        "campaign can afford.",
                    ),
                ],
            },
            {
                "title": "How do we know people joined because of the campaign?",
                "author": KODJO,
                "ago": 14,
                "body": """
                    The registration form has no question on how people heard of the
                    mutual. Can we add one before the next round?
                """,
                "replies": [
                    (
                        JEANNE,
                        13,
                        "Yes, one question with four boxes: radio, meeting, brochure, a "
                        "member. @Aminata Sow, can the mutual's office change the form?",
                    ),
                    (
                        AMINATA,
                        12,
                        "Done: the new forms are printed. They arrive at the branches next week.",
                    ),
                ],
            },
        ],
        "events": [
            {
                "title": "Market meeting at Dantokpa: review",
                "author": KODJO,
                "in": -11,
                "hour": 15,
                "hours": 2,
                "location": "Cotonou, offices of the mutual",
                "description": "What went well at the market meetings, what to change for "
                "the next round.",
            },
            {
                "title": "Training day for the mutual's elected members",
                "author": AMINATA,
                "in": 16,
                "hour": 9,
                "hours": 6,
                "location": "Cotonou, offices of the mutual",
                "description": "How to present the mutual at a market meeting: key "
                "messages, questions people ask, the registration form.",
            },
        ],
        "folder": "Campaign materials",
        "documents": [
            {
                "title": "Communication plan of the pilot",
                "description": "The plan the mutual follows, with who does what.",
                "author": AMINATA,
                "versions": [
                    (
                        AMINATA,
                        50,
                        "communication-plan.docx",
                        "",
                        [
                            "Communication plan",
                            "Aim: make the mutual known to informal workers and invite them "
                            "to join.",
                            "Channels: radio spots, market meetings, brochure, posters.",
                        ],
                    ),
                    (
                        KODJO,
                        29,
                        "communication-plan.docx",
                        "Who does what, and the calendar",
                        [
                            "Communication plan",
                            "Aim: make the mutual known to informal workers and invite them "
                            "to join.",
                            "Channels: radio spots, market meetings, brochure, posters.",
                            "Who does what: staff survey and write messages; elected members "
                            "speak at the meetings; partners' field agents hand out the "
                            "brochure.",
                        ],
                    ),
                ],
            },
            {
                "title": "Survey of needs and perceptions: summary",
                "description": "What informal workers told the mutual before the campaign.",
                "author": JEANNE,
                "versions": [
                    (
                        JEANNE,
                        45,
                        "survey-summary.pdf",
                        "",
                        [
                            "Survey of needs and perceptions: summary",
                            "People know the mutual's name but not what it pays for.",
                            "They trust what members say more than posters.",
                            "Monthly contributions are hard for those paid by the day.",
                        ],
                    ),
                ],
            },
        ],
    },
    HIV: {
        # The time zone its events are given in.
        "zone": "Europe/Lisbon",
        "posts": [
            {
                "title": "What Cameroon's mutuals learnt from covering people living with HIV",
                "author": MARIANA,
                "ago": 39,
                "body": """
                    In Cameroon, five health mutuals in the North-West, South-West and
                    Littoral provinces added the care of people living with HIV to their
                    package, with the support of the German-Cameroonian health and AIDS
                    programme. Before that, treatment, tests and opportunistic diseases
                    cost members about 15,000 CFA francs a month, and a single illness
                    such as cerebral toxoplasmosis could cost 450,000.

                    What strikes me is how they did it: the mutuals pay the health centres
                    **without revealing who the patient is**, expert patients help new
                    members follow their treatment, and a reinsurance fund covers the
                    extra cost. A preliminary study had found that fewer than half of the
                    members concerned followed their treatment correctly.
                """,
                "comment": (
                    CARLOS,
                    "The anonymity arrangement is what our partners in Lima keep asking "
                    "about. Do you know who keeps the list of patients?",
                    38,
                ),
            },
            {
                "title": "Community pharmacies in Mozambique",
                "author": CARLOS,
                "ago": 15,
                "body": """
                    Posts from Mozambique in this community told of community
                    pharmacies: medicines close to where people live, so that patients do
                    not travel to the district hospital every month. People living with
                    HIV also sit at the tables where decisions about these services are
                    made.

                    Could a mutual contract with such a pharmacy, as it does with a
                    health centre?
                """,
                "comment": (
                    MARIANA,
                    "I think so: the contract would set the price of the medicines and how "
                    "the mutual pays. Let us ask in the discussions.",
                    14,
                ),
            },
        ],
        "wiki": [
            {
                "title": "Welcome and ground rules",
                "revisions": [
                    (
                        MARIANA,
                        60,
                        "",
                        """
                        This community brings together people of Portuguese-speaking
                        countries, and their friends, who work on social exclusion and
                        HIV/AIDS. Posts may be in Portuguese, Spanish, French or English.

                        Never name a person living with HIV without their written consent.
                        """,
                    ),
                ],
            },
            {
                "title": "Country notes: Mozambique",
                "parent": "Welcome and ground rules",
                "revisions": [
                    (
                        CARLOS,
                        24,
                        "",
                        """
                        - Ireland committed 208 million euros to fight poverty and AIDS.
                        - Community pharmacies bring medicines closer to patients.
                        """,
                    ),
                    (
                        MARIANA,
                        13,
                        "People living with HIV in decision-making",
                        """
                        - Ireland committed 208 million euros to fight poverty and AIDS.
                        - Community pharmacies bring medicines closer to patients.
                        - People living with HIV take part in the bodies that decide on
                          the services meant for them.
                        """,
                    ),
                ],
            },
            {
                "title": "Country notes: Cabo Verde",
                "parent": "Welcome and ground rules",
                "revisions": [
                    (
                        MARIANA,
                        33,
                        "",
                        """
                        Poverty, children leaving school early and stigma reinforce each
                        other: families hide an illness rather than ask for help.
                        """,
                    ),
                ],
            },
        ],
        "threads": [
            {
                "title": "Stigma keeps people from joining: what has worked?",
                "author": MARIANA,
                "ago": 30,
                "body": """
                    Some people living with HIV do not join a mutual because they fear
                    that their status will become known. What has reassured them where
                    you work?
                """,
                "replies": [
                    (
                        CARLOS,
                        29,
                        "Anonymous payment, as in Cameroon, and members who say openly that "
                        "they are covered. Both take time.",
                    ),
                ],
            },
            {
                "title": "Can a mutual afford antiretroviral treatment?",
                "author": CARLOS,
                "ago": 8,
                "body": """
                    Treatment is long and costly. Without a fund behind them, can small
                    mutuals cover it at all?
                """,
                "replies": [
                    (
                        MARIANA,
                        7,
                        "Not alone: in Cameroon a reinsurance fund took the extra cost. "
                        "I have put a summary in the documents.",
                    ),
                    (
                        CARLOS,
                        6,
                        "Thank you. @Mariana Pech Canul, could you present it at the next "
                        "peer session?",
                    ),
                ],
            },
        ],
        "events": [
            {
                "title": "Online exchange: social exclusion and HIV in Cabo Verde",
                "author": MARIANA,
                "in": -19,
                "hour": 14,
                "hours": 2,
                "online_url": "https://meet.example.org/gess-cabo-verde",
                "description": "Partners from Cabo Verde present their work on poverty, "
                "school drop-out and stigma.",
            },
            {
                "title": "Peer session: covering treatment through mutuals",
                "author": CARLOS,
                "in": 23,
                "hour": 14,
                "hours": 2,
                "online_url": "https://meet.example.org/gess-peer-session",
                "description": "The Cameroon experience of covering people living with "
                "HIV, and what it would take elsewhere.",
            },
        ],
        "folder": "Shared readings",
        "documents": [
            {
                "title": "Mutuals and HIV care in Cameroon: summary",
                "description": "What five mutuals did, what it cost, what it changed.",
                "author": MARIANA,
                "versions": [
                    (
                        MARIANA,
                        37,
                        "cameroon-summary.pdf",
                        "",
                        [
                            "Mutuals and HIV care in Cameroon",
                            "Five health mutuals added the care of people living with HIV "
                            "to their package: treatment, tests, opportunistic diseases.",
                        ],
                    ),
                    (
                        MARIANA,
                        7,
                        "cameroon-summary.pdf",
                        "Added the reinsurance fund and the figures",
                        [
                            "Mutuals and HIV care in Cameroon",
                            "Five health mutuals added the care of people living with HIV "
                            "to their package: treatment, tests, opportunistic diseases.",
                            "Before, care cost members about 15,000 CFA francs a month. A "
                            "reinsurance fund now covers the extra cost; expert patients "
                            "help new members follow their treatment.",
                        ],
                    ),
                ],
            },
        ],
    },
    INVENTORY: {
        # The time zone its events are given in.
        "zone": "Africa/Dakar",
        "posts": [
            {
                "title": "This year's campaign calendar",
                "author": LUCIA,
                "ago": 34,
                "body": """
                    The inventory is permanent: mutuals, or the structures that support
                    them, fill in the online form once, and each year they only change
                    what has changed. The statistics (number of mutuals, people covered,
                    services paid for) are then published free of charge.

                    Proposed calendar: questionnaire checked by the end of the month,
                    invitations sent the week after, two reminders, first statistics
                    after three months.
                """,
                "comment": (
                    AMINATA,
                    "Fine for Senegal. For Mali and Benin, let us send the reminders "
                    "through the unions of mutuals as well.",
                    33,
                ),
            },
            {
                "title": "Reminders that work",
                "author": AMINATA,
                "ago": 10,
                "body": """
                    In the first inventory campaign, 70 mutuals filled in the
                    questionnaire in the first three months. What made the difference was
                    not the e-mail reminder but the **telephone call from the union** to
                    the mutual's manager. I propose we plan those calls from the start.
                """,
                "comment": (LUCIA, "Yes. I have added them to the reminder schedule.", 9),
            },
        ],
        "wiki": [
            {
                "title": "Inventory handbook",
                "revisions": [
                    (
                        LUCIA,
                        58,
                        "",
                        """
                        How the working group prepares each year's inventory of the health
                        mutuals of West and Central Africa. Read the pages below in order.
                        """,
                    ),
                ],
            },
            {
                "title": "Questionnaire: what each field means",
                "parent": "Inventory handbook",
                "revisions": [
                    (
                        LUCIA,
                        57,
                        "",
                        """
                        - **Members**: people who pay a contribution.
                        - **Beneficiaries**: members and the dependants they cover.
                        """,
                    ),
                    (
                        AMINATA,
                        40,
                        "Services covered",
                        """
                        - **Members**: people who pay a contribution.
                        - **Beneficiaries**: members and the dependants they cover.
                        - **Services covered**: tick each kind of care the mutual pays
                          for, even in part.
                        """,
                    ),
                    (
                        LUCIA,
                        31,
                        "The year the figures describe",
                        """
                        - **Members**: people who pay a contribution, on 31 December.
                        - **Beneficiaries**: members and the dependants they cover, on 31
                          December.
                        - **Services covered**: tick each kind of care the mutual pays
                          for, even in part.
                        """,
                    ),
                ],
            },
            {
                "title": "Reminder schedule",
                "parent": "Inventory handbook",
                "revisions": [
                    (
                        LUCIA,
                        9,
                        "",
                        """
                        1. Invitation by e-mail.
                        2. First reminder by e-mail after three weeks.
                        3. Telephone call from the union of mutuals after five weeks.
                        4. Last reminder after eight weeks.
                        """,
                    ),
                ],
            },
        ],
        "threads": [
            {
                "title": "Which questions can we drop from the questionnaire?",
                "author": LUCIA,
                "ago": 28,
                "body": """
                    Managers say the form is long. Which questions did nobody use in last
                    year's statistics?
                """,
                "replies": [
                    (
                        AMINATA,
                        27,
                        "The detailed staff questions: we never published them. Keep the "
                        "number of staff only.",
                    ),
                ],
            },
            {
                "title": "Mutuals that answered last year but not this year",
                "author": AMINATA,
                "ago": 5,
                "body": """
                    About a fifth of last year's mutuals have not updated their form yet.
                    Some may have closed; we should find out before publishing.
                """,
                "replies": [
                    (
                        AMINATA,
                        4,
                        "@Lucía Fernández Ortega, can you send me the list by country? The "
                        "unions will call them.",
                    ),
                    (LUCIA, 3, "Sent by e-mail this morning."),
                ],
            },
        ],
        "events": [
            {
                "title": "Kick-off call of the inventory campaign",
                "author": LUCIA,
                "in": -30,
                "hour": 10,
                "hours": 1,
                "online_url": "https://meet.example.org/gess-inventory-kickoff",
                "description": "Calendar, roles, the questionnaire's changes.",
            },
            {
                "title": "Check-in: answers by country",
                "author": AMINATA,
                "in": 8,
                "hour": 10,
                "hours": 1,
                "online_url": "https://meet.example.org/gess-inventory-checkin",
                "description": "How many mutuals answered in each country, and who calls "
                "the others.",
            },
        ],
        "folder": "Questionnaire",
        "documents": [
            {
                "title": "Inventory questionnaire",
                "description": "The form the mutuals fill in, as a Word file for review.",
                "author": LUCIA,
                "versions": [
                    (
                        LUCIA,
                        56,
                        "inventory-questionnaire.docx",
                        "",
                        [
                            "Permanent inventory of health mutuals: questionnaire",
                            "1. Name of the mutual, country, locality.",
                            "2. Members and beneficiaries.",
                        ],
                    ),
                    (
                        AMINATA,
                        39,
                        "inventory-questionnaire.docx",
                        "Services covered; fewer staff questions",
                        [
                            "Permanent inventory of health mutuals: questionnaire",
                            "1. Name of the mutual, country, locality.",
                            "2. Members and beneficiaries on 31 December.",
                            "3. Services covered.",
                            "4. Number of staff.",
                        ],
                    ),
                ],
            },
        ],
    },
}

# How long ago the demo workspaces were created and their first members joined.
CREATED_AGO, JOINED_AGO = 75, 70


def _ago(days: float):
    return timezone.now() - timedelta(days=days)


def _text(source: str) -> str:
    """Markdown as a member types it: this module's indentation removed and each
    paragraph or list item on one line (the renderer turns line breaks into ``<br>``)."""
    blocks = []
    for block in textwrap.dedent(source).strip().split("\n\n"):
        lines: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if lines and not re.match(r"(- |\d+\. |\|)", line):
                lines[-1] += " " + line  # the rest of a paragraph or list item
            else:
                lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _record(workspace: Workspace, when, **fields) -> Activity:
    """Record an activity (no e-mail) dated when the demo says it happened."""
    entry = activity.record(workspace, notify=False, **fields)
    Activity.objects.filter(pk=entry.pk).update(created=when)
    return entry


def _posts(workspace: Workspace, specs: list, users: dict) -> None:
    for spec in specs:
        if Post.objects.filter(workspace=workspace, title=spec["title"]).exists():
            continue
        author, when, body = users[spec["author"]], _ago(spec["ago"]), _text(spec["body"])
        post = Post.objects.create(
            workspace=workspace,
            author=author,
            title=spec["title"],
            body=body,
            body_html=render(body),
            created=when,
            updated=when,
        )
        _record(
            workspace,
            when,
            actor=author,
            verb=Activity.Verb.POSTED,
            target=post,
            summary=post.title,
        )
        who, text, ago = spec["comment"]
        comment = PostComment.objects.create(
            post=post, author=users[who], body=text, created=_ago(ago)
        )
        _record(
            workspace,
            comment.created,
            actor=users[who],
            verb=Activity.Verb.COMMENTED,
            target=comment,
            summary=post.title,
            addressed_to=[author.pk],
        )


def _wiki(workspace: Workspace, specs: list, users: dict) -> None:
    pages = {page.title: page for page in workspace.wiki_pages.all()}
    for spec in specs:
        if spec["title"] in pages:
            continue
        revisions = [
            (users[who], _ago(ago), comment, _text(body))
            for who, ago, comment, body in spec["revisions"]
        ]
        (first_author, first_date, _, _), (last_author, last_date, _, body) = (
            revisions[0],
            revisions[-1],
        )
        page = WikiPage.objects.create(
            workspace=workspace,
            parent=pages.get(spec.get("parent")),
            title=spec["title"],
            body=body,
            body_html=render(body),
            version=len(revisions),
            created_by=first_author,
            created=first_date,
            updated_by=last_author,
            updated=last_date,
        )
        for number, (author, when, comment, text) in enumerate(revisions, start=1):
            WikiRevision.objects.create(
                page=page,
                number=number,
                title=page.title,
                body=text,
                author=author,
                created=when,
                comment=comment,
            )
            verb = Activity.Verb.PAGE_CREATED if number == 1 else Activity.Verb.PAGE_EDITED
            _record(workspace, when, actor=author, verb=verb, target=page, summary=page.title)
        pages[page.title] = page


def _threads(workspace: Workspace, specs: list, users: dict) -> None:
    for spec in specs:
        if Thread.objects.filter(workspace=workspace, title=spec["title"]).exists():
            continue
        author, when, body = users[spec["author"]], _ago(spec["ago"]), _text(spec["body"])
        replies = [(users[who], _ago(ago), text) for who, ago, text in spec["replies"]]
        thread = Thread.objects.create(
            workspace=workspace,
            author=author,
            title=spec["title"],
            body=body,
            body_html=render(body),
            created=when,
            last_reply=replies[-1][1] if replies else when,
        )
        _record(
            workspace,
            when,
            actor=author,
            verb=Activity.Verb.THREAD_STARTED,
            target=thread,
            summary=thread.title,
        )
        for who, posted, text in replies:
            reply = Reply.objects.create(
                thread=thread, author=who, body=text, body_html=render(text), created=posted
            )
            _record(
                workspace,
                posted,
                actor=who,
                verb=Activity.Verb.REPLIED,
                target=reply,
                summary=thread.title,
                addressed_to=[author.pk] if author != who else [],
            )
            named = mentioned(workspace, text, exclude=who)
            if named:
                _record(
                    workspace,
                    posted,
                    actor=who,
                    verb=Activity.Verb.MENTIONED,
                    target=reply,
                    summary=thread.title,
                    addressed_to=[person.pk for person in named],
                )


def _event_times(spec: dict, zone_name: str) -> tuple:
    """The event's start and end, ``in`` days from today at its hour in ``zone_name``."""
    zone = zoneinfo.ZoneInfo(zone_name)
    day = timezone.localdate(timezone=zone) + timedelta(days=spec["in"])
    start = datetime.combine(day, time(spec["hour"]), tzinfo=zone)
    return start, start + timedelta(hours=spec["hours"])


def _events(workspace: Workspace, content: dict, users: dict) -> None:
    for spec in content["events"]:
        start, end = _event_times(spec, content["zone"])
        event = Event.objects.filter(workspace=workspace, title=spec["title"]).first()
        if event is None:
            author, when = users[spec["author"]], _ago(max(1, 14 - spec["in"]))
            event = Event.objects.create(
                workspace=workspace,
                title=spec["title"],
                description=spec["description"],
                start=start,
                end=end,
                location=spec.get("location", ""),
                online_url=spec.get("online_url", ""),
                created_by=author,
                created=when,
                updated=when,
                time_zone=content["zone"],
            )
            _record(
                workspace,
                when,
                actor=author,
                verb=Activity.Verb.EVENT_ADDED,
                target=event,
                summary=event.title,
            )
        elif (event.start, event.end) != (start, end):
            # Another day's load: keep the event as far from today as the demo says.
            Event.objects.filter(pk=event.pk).update(
                start=start, end=end, sequence=event.sequence + 1, updated=timezone.now()
            )


def _documents(workspace: Workspace, content: dict, users: dict) -> None:
    specs = content["documents"]
    folder = Folder.objects.filter(workspace=workspace, parent=None, name=content["folder"])
    folder = folder.first() or Folder.objects.create(
        workspace=workspace,
        name=content["folder"],
        created_by=users[specs[0]["author"]],
        created=_ago(specs[0]["versions"][0][1]),
    )
    for spec in specs:
        if Document.objects.filter(workspace=workspace, title=spec["title"]).exists():
            continue
        versions = spec["versions"]
        document = Document.objects.create(
            workspace=workspace,
            folder=folder,
            title=spec["title"],
            description=spec["description"],
            created_by=users[spec["author"]],
            created=_ago(versions[0][1]),
            updated=_ago(versions[-1][1]),
        )
        for number, (who, ago, name, note, paragraphs) in enumerate(versions, start=1):
            kind = name.rsplit(".", 1)[-1]
            if kind == "pdf":
                data = make_pdf(paragraphs, title=document.title)
            else:
                data = make_docx(paragraphs)
            version = DocumentVersion(
                document=document,
                number=number,
                file_name=name,
                file_size=len(data),
                file_type=kind,
                note=note,
                uploaded_by=users[who],
                created=_ago(ago),
            )
            version.file.save(name, ContentFile(data), save=False)
            version.save()
            added = number == 1
            _record(
                workspace,
                version.created,
                actor=users[who],
                verb=Activity.Verb.DOCUMENT_ADDED if added else Activity.Verb.DOCUMENT_VERSION,
                target=document if added else version,
                summary=document.title,
            )
        document.current = version
        document.save(update_fields=["current"])


def _authors(content: dict) -> set:
    """The e-mail addresses of everyone who wrote something in ``content``."""
    parts = ("posts", "threads", "events", "documents")
    found = {spec["author"] for part in parts for spec in content[part]}
    found |= {spec["comment"][0] for spec in content["posts"]}
    found |= {reply[0] for spec in content["threads"] for reply in spec["replies"]}
    found |= {revision[0] for spec in content["wiki"] for revision in spec["revisions"]}
    found |= {version[0] for spec in content["documents"] for version in spec["versions"]}
    return found


def load_content(workspace: Workspace, users: dict) -> None:
    """What the members of a demo workspace wrote, where missing. Nothing is written by
    someone who is not a member (the private workspace's content stays its members')."""
    content = CONTENT.get(workspace.name)
    if content is None:
        return
    members = set(
        Membership.objects.filter(workspace=workspace).values_list("user__email", flat=True)
    )
    if not _authors(content) <= members:
        return
    _posts(workspace, content["posts"], users)
    _wiki(workspace, content["wiki"], users)
    _threads(workspace, content["threads"], users)
    _events(workspace, content, users)
    _documents(workspace, content, users)


def _follow_action(workspace: Workspace, slug: str | None) -> None:
    """Link the project to the cooperation action it follows, if the cooperation demo
    is loaded and no action was chosen yet."""
    if not slug or workspace.action_id is not None:
        return
    from cooperation.models import Action

    action = Action.objects.filter(slug=slug).first()
    if action is not None:
        workspace.action = action
        workspace.save(update_fields=["action"])


def load_workspaces(stdout=None) -> dict:
    users = {user.email: user for user in get_user_model().objects.all()}
    created = 0
    for spec in WORKSPACES:
        owner = users.get(spec["owner"])
        if owner is None:
            continue
        workspace = Workspace.objects.filter(name=spec["name"]).first()
        if workspace is None:
            values = {
                key: spec[key]
                for key in ("name", "summary", "kind", "countries", "visibility", "join_policy")
            }
            workspace = services.create(owner=owner, values=values)
            workspace.tags.set(spec["tags"])
            # Created some weeks ago, so that its members' posts come after it.
            born = _ago(CREATED_AGO)
            Workspace.objects.filter(pk=workspace.pk).update(created=born)
            workspace.memberships.update(joined=born)
            workspace.activities.update(created=born)
            created += 1
        for email, role in spec["members"].items():
            if email in users:
                membership, new = Membership.objects.get_or_create(
                    workspace=workspace,
                    user=users[email],
                    defaults={"role": role, "joined": _ago(JOINED_AGO)},
                )
                if new:
                    _record(
                        workspace,
                        membership.joined,
                        actor=users[email],
                        verb=Activity.Verb.JOINED,
                        target=membership,
                    )
        if "request" in spec and spec["request"][0] in users:
            JoinRequest.objects.get_or_create(
                workspace=workspace,
                user=users[spec["request"][0]],
                status=JoinRequest.Status.PENDING,
                defaults={"message": spec["request"][1]},
            )
        if "invite" in spec:
            Invitation.objects.get_or_create(
                workspace=workspace, email=spec["invite"], defaults={"invited_by": owner}
            )
        _follow_action(workspace, spec.get("action"))
        load_content(workspace, users)
    demo = Workspace.objects.filter(name__in=[spec["name"] for spec in WORKSPACES])
    return {
        "workspaces": Workspace.objects.count(),
        "created": created,
        "blog posts": Post.objects.filter(workspace__in=demo).count(),
        "wiki pages": WikiPage.objects.filter(workspace__in=demo).count(),
        "discussions": Thread.objects.filter(workspace__in=demo).count(),
        "events": Event.objects.filter(workspace__in=demo).count(),
        "documents": Document.objects.filter(workspace__in=demo).count(),
    }

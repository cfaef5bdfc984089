"""The ILO's five regions, and which region each country belongs to.

Country profiles, the library and later the schemes database group countries
the same way, so the mapping lives here once.
"""

from django.utils.translation import gettext_lazy as _

AFRICA = "africa"
AMERICAS = "americas"
ARAB_STATES = "arab-states"
ASIA_PACIFIC = "asia-pacific"
EUROPE_CENTRAL_ASIA = "europe-central-asia"

REGIONS = [
    (AFRICA, _("Africa")),
    (AMERICAS, _("Americas")),
    (ARAB_STATES, _("Arab States")),
    (ASIA_PACIFIC, _("Asia and the Pacific")),
    (EUROPE_CENTRAL_ASIA, _("Europe and Central Asia")),
]

_MEMBERS = {
    AFRICA: "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR "
    "LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH",
    AMERICAS: "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE "
    "KN LC VC SR TT US UY VE PR",
    ARAB_STATES: "BH IQ JO KW LB OM QA SA SY AE YE PS",
    ASIA_PACIFIC: "AF AU BD BT BN KH CN FJ IN ID IR JP KI KP KR LA MY MV MH FM MN MM NR NP NZ PK "
    "PW PG PH WS SG SB LK TH TL TO TV VU VN HK MO TW",
    EUROPE_CENTRAL_ASIA: "AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IL "
    "IT KZ KG LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB "
    "UZ XK",
}
COUNTRY_REGION = {code: region for region, codes in _MEMBERS.items() for code in codes.split()}


def region_of(country_code: str) -> str:
    return COUNTRY_REGION.get(str(country_code).upper(), "")

"""French wire copy of ACLED/CASE event kinds the older batteries cover little (issue 14, round
frstyle75), in sentences of our own (AFP, RFI, Le Monde, Wikinews register): arrests ("ont été
interpellés", "placé en garde à vue", "a été écroué"), kidnappings, riots and looting ("ont mis le feu
à", "ont pillé ... lors d'une nuit d'émeutes"), dispersals ("gaz lacrymogène", "canons à eau"), a
sit-in, a hunger strike, IEDs and a suicide attack, sexual violence ("ont été violées"), a lynching, a
ceasefire agreement, a withdrawal, localities taken ("ont investi la ville"); and the predicates the
French lexicon-gap tool lists most on real news, where they are events ("ont tué", "sont morts dans",
"a été arrêté", "ont fui les combats entre X et Y", "oppose l'armée aux paramilitaires") and where they
are not ("mort de vieillesse", "investir des millions", "le match opposera", "a été investi" in office,
"a arrêté le calendrier électoral", "a mis fin au couvre-feu"). Sahel, DRC, Haiti, Cameroon, CAR,
Sudan, Lebanon, Syria, Ukraine, New Caledonia, Senegal and Guinea, France.

The rules of the round, each with a near sentence it must leave alone: "écrouer" and "incarcérer" are
arrests, as "arrêter" (the police's, agentless), and so is "placer" (or "mettre") "en garde à vue"
(verb_object with the noun complement "vue"; "mis en garde contre" stays a warning); "lyncher" and
"le lynchage" are the rioters' assault (mob violence), as English "lynch"; "violer" is an assault
only on people (needs_object: "ont violé la Constitution" is none); "disperser" agentless is the
police's ("ont été dispersés à coups de gaz lacrymogène": the protest met); "piller" damages property
(CAMEO 171), so civilians looting where a riot is told riot; "observer" is a light verb ("ont observé un
sit-in", and "le sit-in" is a protest noun); "investir" takes only a party or a place ("des millions"
none); "arrêter" a date, a list, a calendar decides, arrests no one (verb_object, silent); a contest
noun as the subject of "opposer" ("le match", "le second tour") tells no fight (dispute_nouns); a fight
noun that is the object of a verb of flight ("ont fui les combats entre X et Y", flight_verbs) stands
as the event; a topic label whose name the tagger read as a common noun ("Guinée : ...") still stands
alone (nlp/topic_labels.py)."""

from __future__ import annotations

import pytest
from unit._battery import wire_misses, wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

DRC_ARMY = "Armed Forces of the Democratic Republic of the Congo"

# the battery sentences the extractor gets exactly right
BATTERY: list[tuple[str, set[Row]]] = [
    (
        (
            "Sénégal : une cinquantaine de manifestants ont été interpellés vendredi à Dakar, a annoncé la "
            "police."
        ),
        {
            ("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
            ("Protesters (Senegal)", "PROTEST", None, "Dakar"),
        },
    ),
    (
        (
            "Guinée : un responsable d'un parti d'opposition a été placé en garde à vue lundi à Conakry, "
            "selon son avocat."
        ),
        {("Police Forces of Guinea", "COERCE", "Opposition (Guinea)", "Conakry")},
    ),
    (
        (
            "Niger : un journaliste a été écroué mardi à Niamey après la publication d'un article sur "
            "l'armée, selon son employeur."
        ),
        {("Police Forces of Niger", "COERCE", "Journalists (Niger)", "Niamey")},
    ),
    (
        (
            "Haïti : des membres d'un gang ont enlevé dimanche trois infirmières dans le quartier de Delmas, "
            "à Port-au-Prince, selon la police."
        ),
        {("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (Haiti)", "Delmas")},
    ),
    (
        (
            "Cameroun : un chef traditionnel a été enlevé jeudi par des séparatistes armés près de Bamenda, "
            "dans la région du Nord-Ouest."
        ),
        {("Unidentified Armed Group (Cameroon)", "ASSAULT", "Civilians (Cameroon)", "Bamenda")},
    ),
    (
        (
            "France : des émeutiers ont mis le feu à plusieurs voitures dans la nuit de mardi à mercredi à "
            "Nanterre, selon la préfecture."
        ),
        {("Rioters (France)", "PROTEST", None, "Nanterre")},
    ),
    (
        "Des jeunes ont pillé des magasins à Nanterre lors d'une nuit d'émeutes, a indiqué la police.",
        {("Rioters (France)", "PROTEST", None, "Nanterre")},
    ),
    (
        (
            "Guinée : la police a dispersé à coups de gaz lacrymogène des manifestants qui réclamaient des "
            "élections à Conakry jeudi."
        ),
        {
            ("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
            ("Protesters (Guinea)", "PROTEST", "Guinea", "Conakry"),
        },
    ),
    (
        (
            "Burkina Faso : l'explosion d'un engin explosif improvisé au passage d'un convoi militaire a tué "
            "quatre soldats près de Djibo, selon une source sécuritaire."
        ),
        {("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Armed Forces of Burkina Faso", "Djibo")},
    ),
    (
        (
            "Tchad : au moins six soldats ont été tués dans un attentat-suicide près de Bol, dans la "
            "province du Lac, a annoncé l'armée."
        ),
        {("Unidentified Armed Group (Chad)", "FIGHT", "Chadian Armed Forces", "Bol")},
    ),
    (
        (
            "RDC : des rebelles des ADF ont tué au moins vingt civils dans la nuit de dimanche à lundi près "
            "de Beni, dans la province du Nord-Kivu, selon la société civile."
        ),
        {("Allied Democratic Forces", "ASSAULT", "Civilians (Democratic Republic of Congo)", "Beni")},
    ),
    (
        (
            "RDC : plusieurs dizaines de femmes ont été violées par des miliciens dans la province de "
            "l'Ituri, selon l'ONU."
        ),
        {
            (
                "Unidentified Communal Militia (Democratic Republic of Congo)",
                "ASSAULT",
                "Civilians (Democratic Republic of Congo)",
                "Ituri",
            )
        },
    ),
    (
        (
            "Centrafrique : un homme accusé de sorcellerie a été lynché par une foule à Bambari, selon la "
            "Minusca."
        ),
        {
            (
                "Rioters (Central African Republic)",
                "ASSAULT",
                "Civilians (Central African Republic)",
                "Bambari",
            )
        },
    ),
    (
        (
            "Soudan : l'armée et les Forces de soutien rapide ont signé un accord de cessez-le-feu à "
            "Djeddah, selon les médiateurs."
        ),
        {
            ("Rapid Support Forces", "AGREE", "Sudanese Armed Forces", "Jeddah"),
            ("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", "Jeddah"),
        },
    ),
    (
        "Mali : les casques bleus de la Minusma ont achevé leur retrait de la base de Tessalit, selon l'ONU.",
        {("MINUSMA", "RETREAT", None, "Tessalit")},
    ),
    (
        "RDC : les rebelles du M23 ont investi dimanche la ville de Bukavu, selon des sources locales.",
        {("M23", "CAPTURE", None, "Bukavu")},
    ),
    (
        (
            "RDC : des milliers d'habitants ont fui les combats entre l'armée et le M23 autour de Sake, "
            "selon le HCR."
        ),
        {
            (DRC_ARMY, "FIGHT", "M23", "Sake"),
            ("M23", "FIGHT", DRC_ARMY, "Sake"),
        },
    ),
    (
        (
            "Soudan : de violents combats opposent depuis samedi l'armée soudanaise aux paramilitaires des "
            "FSR à El-Facher, selon des témoins."
        ),
        {
            ("Rapid Support Forces", "FIGHT", "Sudanese Armed Forces", "El Fasher"),
            ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "El Fasher"),
        },
    ),
    (
        (
            "Liban : trois personnes ont été tuées mardi dans une frappe israélienne sur le village de Bint "
            "Jbeil, selon l'agence officielle ANI."
        ),
        {("Israel", "ASSAULT", "Civilians (Lebanon)", "Bent Jbaïl")},
    ),
    (
        "Syrie : cinq soldats sont morts dans l'explosion d'une mine près de Deir ez-Zor, selon l'OSDH.",
        {("Unidentified Armed Group (Syria)", "ASSAULT", "Syrian Arab Army", "Deir ez-Zor")},
    ),
    (
        (
            "Ukraine : deux civils sont morts dans un bombardement russe sur Kherson, a annoncé le "
            "gouverneur régional."
        ),
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kherson")},
    ),
    (
        (
            "Nouvelle-Calédonie : six personnes ont été interpellées après des pillages à Nouméa, selon le "
            "haut-commissaire."
        ),
        {("Police Forces of New Caledonia", "COERCE", "Civilians (New Caledonia)", "Nouméa")},
    ),
    (
        "Haïti : la police a arrêté mercredi un chef de gang à Port-au-Prince, selon la police nationale.",
        {("Police Forces of Haiti", "COERCE", "Unidentified Armed Group (Haiti)", "Port-au-Prince")},
    ),
    (
        "Cameroun : un député de l'opposition a été arrêté dimanche à Douala, selon son parti.",
        {("Police Forces of Cameroon", "COERCE", "Opposition (Cameroon)", "Douala")},
    ),
    (
        (
            "Tchad : des gendarmes ont tué trois manifestants lors d'une marche de l'opposition à N'Djamena, "
            "selon un parti d'opposition."
        ),
        {("Police Forces of Chad", "COERCE", "Protesters (Chad)", "N'Djamena")},
    ),
    (
        "Guinée : deux jeunes ont été tués par balle lors d'une manifestation à Conakry, selon le FNDC.",
        {
            ("Protesters (Guinea)", "PROTEST", None, "Conakry"),
            ("Unidentified Armed Group (Guinea)", "ASSAULT", "Civilians (Guinea)", "Conakry"),
        },
    ),
    (
        "Syrie : des hommes armés ont enlevé un commerçant à Soueida, selon l'OSDH.",
        {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "As-Suwayda")},
    ),
    (
        (
            "Mali : des jihadistes ont tué une dizaine de civils dans un village près de Bandiagara, selon "
            "des élus locaux."
        ),
        {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Bandiagara")},
    ),
    (
        (
            "Ukraine : les forces russes ont pris le contrôle du village de Synkivka, près de Koupiansk, "
            "selon Moscou."
        ),
        {("Russian Armed Forces", "CAPTURE", None, "Senkivka")},
    ),
    (
        "L'ancien président est mort de vieillesse à Bamako à l'âge de 92 ans, a annoncé sa famille.",
        set(),
    ),
    (
        "Le Sénégal va investir des millions d'euros dans le port de Dakar, a annoncé le gouvernement.",
        set(),
    ),
    (
        "Le match de samedi opposera le Cameroun au Nigeria à Yaoundé.",
        set(),
    ),
    (
        "Niger : le nouveau président a été investi jeudi à Niamey lors d'une cérémonie officielle.",
        set(),
    ),
    (
        "Guinée : le conseil des ministres a arrêté mercredi le calendrier électoral à Conakry.",
        set(),
    ),
    (
        "Un cycliste est mort dans un accident de la route près de Thiès, selon la gendarmerie.",
        set(),
    ),
    (
        (
            "Nouvelle-Calédonie : le gouvernement a mis fin au couvre-feu à Nouméa, a annoncé le "
            "haut-commissariat."
        ),
        set(),
    ),
    (
        (
            "Guinée : des détenus politiques ont entamé une grève de la faim à la prison de Conakry pour "
            "protester contre leur détention, selon leurs avocats."
        ),
        {("Protesters (Guinea)", "PROTEST", None, "Conakry")},
    ),
    (
        "Tchad : des étudiants ont observé un sit-in devant le ministère de l'Enseignement supérieur à "
        "N'Djamena pour réclamer le paiement de leurs bourses.",
        {("Protesters (Chad)", "PROTEST", None, "N'Djamena")},
    ),
    (
        "Sénégal : les forces de l'ordre ont utilisé des canons à eau pour disperser des partisans de "
        "l'opposition à Dakar, selon des témoins.",
        {
            ("Opposition (Senegal)", "PROTEST", None, "Dakar"),
            ("Police Forces of Senegal", "COERCE", "Opposition (Senegal)", "Dakar"),
        },
    ),
]

# the sentences still missed, with their right rows and why
KNOWN_MISSES: list[tuple[str, set[Row], str]] = [
    (
        (
            "Burkina Faso : des jihadistes se sont emparés de la localité de Boni après de violents combats, "
            "selon des sources locales."
        ),
        {
            ("Unidentified Armed Group (Burkina Faso)", "CAPTURE", None, "Boni"),
            ("Unidentified Armed Group (Burkina Faso)", "FIGHT", None, "Boni"),
        },
        (
            "Boni of Tuy province is no town of the gazetteer: its Malian namesake is taken, and the "
            "group with it, despite the topic label 'Burkina Faso :'"
        ),
    ),
]


test_wire_battery = wire_rows(BATTERY)
test_known_misses = wire_misses(KNOWN_MISSES)


def test_battery_size() -> None:
    assert len(BATTERY) + len(KNOWN_MISSES) == 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic label the tagger reads as a common noun still stands alone
        (
            "Guinée : un opposant a été arrêté à Conakry.",
            {("Police Forces of Guinea", "COERCE", "Opposition (Guinea)", "Conakry")},
        ),
        # an arrest in custody; a warning is no arrest
        (
            "Un opposant a été placé en garde à vue à Niamey.",
            {("Police Forces of Niger", "COERCE", "Opposition (Niger)", "Niamey")},
        ),
        ("Le général a été mis en garde contre toute tentative de coup d'État.", set()),
        # the warning ("mettre en garde contre", the bare reading of the same verb and noun) stays one
        (
            "Le Niger a mis en garde mardi contre toute attaque de ses soldats au Mali.",
            {("Niger", "THREATEN", None, "Mali")},
        ),
        # arresting people, not deciding a date
        (
            "La police a arrêté deux hommes à Bamako.",
            {("Police Forces of Mali", "COERCE", "Civilians (Mali)", "Bamako")},
        ),
        ("Le gouvernement a arrêté la date du scrutin.", set()),
        # raping people, not violating a text
        (
            "Des femmes ont été violées par des miliciens dans la province de l'Ituri.",
            {
                (
                    "Unidentified Communal Militia (Democratic Republic of Congo)",
                    "ASSAULT",
                    "Civilians (Democratic Republic of Congo)",
                    "Ituri",
                )
            },
        ),
        ("Le gouvernement a violé la Constitution, selon l'opposition.", set()),
        # a contest is no fight; fighting is
        ("Le second tour de la présidentielle opposera Alpha Condé à Cellou Dalein Diallo.", set()),
        (
            "Des combats opposent l'armée aux jihadistes près de Mopti.",
            {
                ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti"),
                ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti"),
            },
        ),
        # a town invested is taken
        (
            "Les rebelles ont investi Bunia dimanche.",
            {("Unidentified Armed Group (Democratic Republic of Congo)", "CAPTURE", None, "Bunia")},
        ),
        # an agentless dispersal is the police's, and meets a protest
        (
            "Des manifestants ont été dispersés à coups de gaz lacrymogène à Conakry.",
            {
                ("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
                ("Protesters (Guinea)", "PROTEST", None, "Conakry"),
            },
        ),
        # the fighting fled stands, sideless when no side is named; fleeing a town is none
        (
            "Des milliers d'habitants ont fui les combats à Sake.",
            {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Sake")},
        ),
        ("Des milliers d'habitants ont fui Sake.", set()),
        # looting where riots are told is a riot; alone it stays the looters' property damage
        (
            "Des jeunes ont pillé des magasins à Nanterre lors des émeutes, a indiqué la police.",
            {("Rioters (France)", "PROTEST", None, "Nanterre")},
        ),
        (
            "Des jeunes ont pillé des magasins à Nanterre.",
            {("Civilians (France)", "COERCE", None, "Nanterre")},
        ),
    ],
)
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected

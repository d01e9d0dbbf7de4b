"""safety120 (issue #12): what a wholly foreign message says around a sign, read as English reads
it. A message in Spanish, French, Portuguese, German, Italian, Polish, Hindi/Urdu (Latin letters)
or Tagalog (new here) is read in its English words (foreign_reading.py); its dictionary now gives
the words English's readings need around a sign: negators and their scope ("brak gorączki" is "no
fever", "bukhar nahi" is "no fever"), quotation and "how do you say" frames ("wie sagt man ... auf
Englisch", "paroles de la chanson"), someone else's story long ago ("raccontava", "non sentiva",
"anni fa") and getting better ("va meglio"). An emergency the message's own words raised is
dropped only where the English reading read that same sign and set it aside as denied, a
quotation, a phrase to translate or a story long over (RuleCheck.set_aside); a negation that is
the sign itself ("nie czuję nóg", "brak czucia w kroczu") reads as the sign. Every line below is
of this session's own writing."""

from __future__ import annotations

import pytest

from backcare.engine.safety.foreign_reading import Reading, in_english
from tests.safety_cases import SAFETY

# per language, messages with no sign of the writer's now: a denial, a quotation or a phrase to
# translate, someone's story long ago, a course getting better
CALM = {
    "es": [
        "Mi bisabuelo no podía andar después de la guerra, murió hace muchos años, ¿es hereditario?",
        "No tengo fiebre ni hormigueo, solo dolor de espalda después de jardinear",
        "Sin fiebre y sin entumecimiento, me duele la espalda por dormir mal",
        "¿Cómo se dice 'no puedo caminar' en inglés? Es para mi clase de inglés",
        "Letra de la canción: 'no siento las piernas cuando bailas'",
        "Mi abuela contaba que en la guerra se cayó y no podía caminar, hace muchos años",
        "Mi abuelo decía que de joven no sentía las piernas después de la mina, hace años",
        "Tarea de inglés: traduce 'no puedo orinar' para mañana",
        "Ya estoy mejor, el dolor de espalda va mejorando con los ejercicios",
    ],
    "fr": [
        "Mon arrière-grand-père ne pouvait plus marcher à la fin de sa vie, il y a longtemps, est-ce héréditaire ?",
        "Pas de fièvre, pas d'engourdissement, juste mal au dos après le ménage",
        "Je n'ai ni fièvre ni fourmillements, seulement le dos raide",
        "Comment dit-on 'je ne sens plus mes jambes' en anglais ? C'est pour mon cours d'anglais",
        "La chanson dit 'je ne sens plus mes jambes quand tu souris'",
        "Mon grand-père racontait qu'il ne pouvait plus marcher pendant la guerre, il y a des années",
        "Ma grand-mère disait qu'après sa chute elle ne sentait plus ses jambes, c'était en 1960",
        "Devoir d'anglais : traduisez 'je ne peux plus uriner' pour demain",
        "Ça va mieux, mon mal de dos va mieux depuis la kiné",
    ],
    "pt": [
        "Meu avô não conseguia andar depois da guerra, morreu há muitos anos",
        "Não tenho febre nem dormência, só dor nas costas depois da faxina",
        "Sem febre, sem formigamento, só as costas duras de manhã",
        "Como se diz 'não consigo andar' em inglês? É para a minha aula de inglês",
        "Letra da música: 'não sinto as pernas quando você dança'",
        "Minha avó contava que na guerra caiu e não conseguia andar, há muitos anos",
        "Meu avô dizia que não sentia as pernas depois da queda, há anos",
        "Estou melhor, a dor nas costas está melhorando com a fisioterapia",
        "Não tenho fraqueza nas pernas nem febre, só dor lombar de ficar sentado",
    ],
    "de": [
        "Meine Oma erzählte, dass sie nach dem Sturz nicht mehr gehen konnte, vor vielen Jahren",
        "Kein Fieber, keine Taubheit, nur Rückenschmerzen nach dem Rasenmähen",
        "Ich habe kein Fieber und keine Taubheit, nur einen steifen Rücken",
        "Wie sagt man 'ich spüre meine Beine nicht' auf Englisch? Für den Englischkurs",
        "Wie übersetzt man 'ich kann nicht pinkeln' auf Englisch? Für die Schule",
        "Mein Opa erzählte immer, dass er im Krieg nicht mehr laufen konnte, vor vielen Jahren",
        "Songtext: 'ich spüre meine Beine nicht, wenn du tanzt'",
        "Es wird besser, die Rückenschmerzen sind schon besser seit der Physiotherapie",
        "Kein Fieber, keine Schwäche in den Beinen, nur Rückenschmerzen vom Sitzen",
    ],
    "it": [
        "Mio nonno non poteva camminare dopo la guerra, è morto tanti anni fa",
        "Niente febbre, nessun formicolio, solo mal di schiena dopo il giardinaggio",
        "Non ho febbre né intorpidimento, solo la schiena rigida",
        "Testo della canzone: 'non sento le gambe quando balli'",
        "Mio nonno diceva che dopo l'incidente in miniera non sentiva più le gambe, tanti anni fa",
        "Mio nonno diceva che in guerra non riusciva a camminare, tanti anni fa",
        "Va meglio, il mal di schiena sta migliorando con gli esercizi",
        "Sto meglio, la schiena va meglio dopo la fisioterapia",
        "Senza febbre e senza formicolio, solo mal di schiena dalla scrivania",
    ],
    "pl": [
        "Mój dziadek nie mógł chodzić po wojnie, zmarł wiele lat temu",
        "Brak temperatury i brak mrowienia, plecy bolą po przeprowadzce",
        "Brak gorączki i brak drętwienia nóg, tylko sztywne plecy rano",
        "Jak się mówi po angielsku 'nie czuję nóg'? To na lekcję angielskiego",
        "Tekst piosenki: 'nie czuję nóg, kiedy tańczysz'",
        "Babcia opowiadała, że w czasie wojny nie mogła chodzić, to było wiele lat temu",
        "Mój dziadek mówił, że po upadku nie czuł nóg, lata temu",
        "Jest coraz lepiej, ból pleców jest lepiej po ćwiczeniach",
        "Nie mam gorączki ani drętwienia, tylko plecy bolą po siłowni",
    ],
    "hi": [
        "meri dadi bataati thi ki woh chal nahi paati thi, bahut saal pehle",
        "koi bukhar nahi, koi sunn nahi, bas kamar mein dard hai gym ke baad",
        "mujhe bukhar nahi hai, bas kamar akad gayi hai kal se, stretching se aaram hai",
        "'main chal nahi pa raha' english mein kaise kehte hain? homework ke liye",
        "gaane ke bol: 'mere pair sunn ho gaye jab tum naachti ho'",
        "meri dadi bataati thi ki ladai mein woh chal nahi paati thi, bahut saal pehle",
        "kamar dard ab behtar ho raha hai, exercise se aaram hai",
        "ab theek hai, kamar dard behtar ho raha hai",
        "koi bukhar nahi aur peshab mein koi problem nahi, bas kamar dard",
    ],
    "tl": [
        "Walang lagnat, walang pamamanhid, masakit lang ang likod ko pagkatapos ng gym",
        "Paano sabihin 'hindi ako makalakad' sa ingles? Para sa klase ko",
        "Paano sabihin 'hindi ako makaihi' sa english? Takdang aralin ko",
        "Lyrics ng kanta: 'hindi ko maramdaman ang dalawang binti ko'",
        "Ang lola ko, kinukuwento niya na noong gera hindi na siya nakalakad, maraming taon na ang nakalipas",
        "Ang lolo ko nahulog sa hagdan noong digmaan at hindi na siya nakalakad, taon na ang nakalipas",
        "Gumagaling na ang likod ko, mas mabuti na ngayon",
        "Wala akong lagnat, masakit lang ang likod ko kahapon, okay na ngayon",
    ],
}

# per language, the same frames around a sign that is live: a denial of ability ("no puedo
# orinar"), a negation that is the sign ("nie czuję nóg"), someone else's sign now (a carer
# writing), a denial beside a live sign
SIGNS = {
    "es": [
        "Mi abuela contaba historias de la guerra; hoy yo no siento las piernas desde la mañana",
        "Ya estoy mejor de la espalda, pero no puedo orinar desde anoche",
        "Desde anoche mi madre no podía caminar y ahora tampoco",
        "No puedo orinar desde ayer y me duele la espalda",
        "Mi madre no siente las piernas desde anoche",
        "No tengo fiebre, pero no siento las piernas desde esta mañana",
        "Ya no controlo la orina desde el lunes, dolor lumbar",
        "Mi padre no puede caminar desde hoy y le duele la espalda",
        "Sin fiebre, pero tengo fiebre de 39 ahora y dolor de espalda",
        "No estoy mejor: no siento nada cuando me limpio desde ayer",
        "Me caí de la escalera hoy y no siento las piernas",
    ],
    "fr": [
        "La chanson me plaît, mais depuis ce matin je ne sens plus mes jambes",
        "Ça va mieux pour le dos, mais je n'arrive plus à uriner depuis hier",
        "Ce matin ma mère ne sentait plus ses jambes, elle a mal au dos",
        "Je ne sens plus mes jambes depuis ce matin",
        "Je n'arrive plus à uriner depuis hier soir, mal au dos",
        "Ma mère ne sent plus ses jambes depuis hier soir",
        "Pas de fièvre, mais je ne sens plus rien quand je m'essuie",
        "Je ne contrôle plus ma vessie depuis ce matin et j'ai mal au dos",
        "Mon père ne peut plus marcher depuis ce matin, il a mal au dos",
        "J'ai de la fièvre et très mal au dos depuis hier",
        "Accident de voiture ce matin, je ne sens plus mes jambes",
    ],
    "pt": [
        "Minha avó contava histórias da guerra; eu não sinto as pernas desde hoje",
        "Estou melhor das costas, mas não consigo fazer xixi desde ontem",
        "Hoje de manhã minha avó não sentia as pernas",
        "Não consigo fazer xixi desde ontem e minhas costas doem",
        "Não sinto as pernas desde hoje de manhã",
        "Minha mãe não sente as pernas desde ontem à noite",
        "Não tenho febre, mas não controlo a urina desde ontem",
        "Meu pai não consegue andar desde hoje e tem dor nas costas",
        "Estou com febre e dor forte nas costas desde ontem",
        "Não sinto nada quando me limpo desde ontem",
        "Caí da escada hoje e não sinto as pernas",
    ],
    "de": [
        "Mein Opa erzählte vom Krieg; ich spüre seit heute meine Beine nicht mehr",
        "Der Rücken wird besser, aber ich kann seit gestern nicht mehr pinkeln",
        "Heute Morgen konnte mein Opa nicht mehr laufen",
        "Ich kann seit gestern nicht mehr pinkeln und habe Rückenschmerzen",
        "Ich spüre meine Beine nicht mehr seit heute Morgen",
        "Meine Mutter spürt ihre Beine nicht mehr seit gestern Abend",
        "Kein Fieber, aber ich kann den Urin nicht halten seit heute",
        "Mein Vater kann seit heute nicht mehr laufen, Rückenschmerzen",
        "Ich habe Fieber und starke Rückenschmerzen seit gestern",
        "Beide Beine sind taub seit heute Morgen",
        "Ich habe keine Kontrolle über die Blase seit heute Morgen",
    ],
    "it": [
        "Mio nonno raccontava della guerra; io da stamattina non sento le gambe",
        "La schiena va meglio, ma non riesco a fare pipì da ieri sera",
        "Stamattina mia nonna non sentiva più le gambe, ha mal di schiena",
        "Non riesco a fare pipì da ieri e ho mal di schiena",
        "Non sento le gambe da stamattina",
        "Mia madre non sente le gambe da ieri sera",
        "Non ho febbre, ma non controllo la vescica da stamattina",
        "Mio padre non riesce a camminare da oggi e ha mal di schiena",
        "Ho la febbre e un forte mal di schiena da ieri",
        "Non sento niente quando mi pulisco da ieri",
        "Sono caduto dalla scala oggi e non sento le gambe",
    ],
    "pl": [
        "Mam osłabienie obu nóg i problemy z oddawaniem moczu od rana",
        "Dziadek opowiadał o wojnie, a ja od rana nie czuję nóg",
        "Plecy jest lepiej, ale nie mogę oddać moczu od wczoraj",
        "Dziś rano babcia nie czuła nóg i bolą ją plecy",
        "Nie czuję nóg od rana",
        "Nie mogę oddać moczu od wczoraj, bolą mnie plecy",
        "Moja mama nie czuje nóg od wczoraj wieczorem",
        "Brak gorączki, ale nie czuję nóg od rana",
        "Mój tata nie może chodzić od dzisiaj i bolą go plecy",
        "Mam gorączkę i silny ból pleców od wczoraj",
        "Nie kontroluję pęcherza od rana, ból pleców",
        "Spadłem z drabiny dzisiaj i nie czuję nóg",
    ],
    "hi": [
        "aaj subah se papa chal nahi pa rahe aur kamar mein dard hai",
        "meri dadi bataati thi purani baatein, aaj subah se mere dono pair sunn ho gaye",
        "kamar dard behtar ho raha hai lekin kal se peshab nahi ho raha",
        "mujhe kal se peshab nahi ho raha aur kamar mein dard hai",
        "dono pair sunn ho gaye hain subah se",
        "meri maa ko kal raat se pair mehsoos nahi ho rahe",
        "bukhar nahi hai, lekin peshab control nahi ho raha subah se",
        "mere papa subah se chal nahi pa rahe, kamar mein dard hai",
        "mujhe bukhar hai aur kamar mein bahut dard hai kal se",
        "neeche sunn ho gaya hai aur peshab rok nahi pa raha",
        "seedhi se gir gaya aaj aur dono pair sunn ho gaye",
    ],
    "tl": [
        "Masakit ang likod ko at hindi ako makaihi mula kahapon",
        "Namamanhid ang dalawang binti ko mula kaninang umaga",
        "May lagnat ako at masakit ang likod ko",
        "Ang nanay ko hindi makalakad mula kagabi",
        "Walang lagnat pero hindi ako makaihi mula kagabi",
        "Gumagaling na ang likod ko pero hindi ko maramdaman ang dalawang binti ko ngayon",
        "Nahulog ako sa hagdan kaninang umaga at hindi ako makalakad",
        "Hindi ko mapigilan ang ihi ko mula kahapon at masakit ang balakang ko",
        "Wala akong maramdaman sa puwit ko mula kaninang umaga",
    ],
}


@pytest.mark.parametrize(
    ("language", "line"), [(lang, q) for lang, lines in CALM.items() for q in lines]
)
def test_a_foreign_denial_quotation_or_old_story_raises_nothing(language: str, line: str) -> None:
    assert SAFETY.check(line) == [], (language, in_english(line))


@pytest.mark.parametrize(
    ("language", "line"), [(lang, q) for lang, lines in SIGNS.items() for q in lines]
)
def test_a_live_foreign_sign_in_those_frames_still_raises(language: str, line: str) -> None:
    assert SAFETY.check(line), (language, in_english(line))


def test_every_language_has_eight_calm_twins_and_eight_signs() -> None:
    assert CALM.keys() == SIGNS.keys()
    assert all(len(CALM[k]) >= 8 and len(SIGNS[k]) >= 8 for k in CALM)


def test_a_quotation_mark_at_either_end_stays_a_quotation_mark() -> None:
    for line in ("Paroles : 'je ne sens plus mes jambes'", "'je ne sens plus mes jambes' paroles"):
        reading = in_english(line)
        assert reading is not None
        assert reading.text.count("'") == 2, reading


def test_a_run_of_words_does_not_cross_a_quotation_mark() -> None:
    reading = in_english("Wie sagt man 'ich kann nicht mehr laufen' auf Englisch?")
    assert reading == Reading("how do you say 'i cant walk' in English?", True)


def test_an_apostrophe_inside_a_word_still_parts_it() -> None:
    reading = in_english("je n'arrive plus à uriner depuis ce matin")
    assert reading is not None and "'" not in reading.text


def test_a_sign_set_aside_is_the_english_readings_own() -> None:
    # the English reading read the quoted sign and asked about it: it is set aside
    assert [f.id for f in SAFETY.set_aside("how do you say 'i cant walk' in English? for the trip")]
    # a message the English reading finds no sign in sets nothing aside
    assert SAFETY.set_aside("lower back stiff after the gym") == []


def test_a_denied_emergency_is_set_aside_and_a_missing_sign_is_not() -> None:
    # a denial the English reading reads is one of its frames
    assert "both-legs" in {f.id for f in SAFETY.set_aside("i have no weakness in my legs")}
    # words the reading does not know as a sign ("piernas" left as written) set nothing aside
    assert SAFETY.set_aside("after the gym mi piernas cansadas") == []


# an emergency sign denied in the writer's own words, the English reading's denial
DENIED_EMERGENCIES = [
    "Brak osłabienia nóg, brak problemów z oddawaniem moczu, tylko ból pleców",
    "Pas de faiblesse dans les jambes, pas de problème pour uriner, juste mal au dos",
    "pair mein kamzori nahi, peshab mein koi problem nahi, bas kamar dard",
    "Sin debilidad en las piernas y sin problemas para orinar, solo dolor lumbar",
    "Keine Schwäche in den Beinen, keine Probleme beim Wasserlassen, nur Rückenschmerzen",
    "Nessuna debolezza alle gambe, nessun problema a urinare, solo mal di schiena",
    "Sem fraqueza nas pernas, sem problemas para urinar, só dor nas costas",
    "Je n'ai aucune faiblesse dans les jambes, seulement le dos bloqué",
    "mujhe bukhar nahi hai aur pair mein kamzori nahi, bas kamar akad gayi",
]

# a sign told as a negation: "no feeling", "I don't hold my urine" is the sign itself
NEGATED_SIGNS = [
    "Brak czucia w kroczu od rana",
    "Nada de sensibilidad ahí abajo desde ayer",
    "Plus aucune sensation entre les jambes depuis ce matin",
    "Kein Gefühl in beiden Beinen seit gestern",
    "Nessuna sensibilità tra le gambe da stamattina",
    "Sem sensibilidade no bumbum desde ontem",
    "Je ne retiens plus mes urines depuis hier",
    "No aguanto la orina desde ayer",
    "Não seguro o xixi desde ontem",
    "neeche kuch mehsoos nahi ho raha subah se",
]


@pytest.mark.parametrize("line", DENIED_EMERGENCIES)
def test_a_foreign_denial_of_an_emergency_sign_raises_nothing(line: str) -> None:
    assert SAFETY.check(line) == [], in_english(line)


@pytest.mark.parametrize("line", NEGATED_SIGNS)
def test_a_foreign_sign_told_as_a_negation_still_raises_an_emergency(line: str) -> None:
    flags = SAFETY.check(line)
    assert flags and flags[0].urgency == "emergency", (in_english(line), flags)

"""safety117 (issue #12): red flags told wholly in another language. A message that does not read
as English is read once more in its English words (foreign_reading.py, data/foreign_reading.json):
Spanish, French, Portuguese, German, Italian, Polish and Hindi/Urdu in Latin letters, for every
emergency sign and the urgent and soon risk signs, with the person, negation and time readings the
English sentence gets ("je n'ai pas de fuites" is denied, "ma mère" is someone asked for). Each
language has its own signs and calm twins (a question after the gym, homework, a denied sign, a
mattress). An English message is never read this way."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.language import plain_word, reads_as_english
from backcare.engine.safety.foreign_reading import in_english, language_of
from tests.safety_cases import SAFETY, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# (language, line, the least tier it must raise; None: it must raise nothing)
LINES = [
    # French
    ("fr", "Je n'arrive plus à faire pipi depuis hier soir et j'ai mal au dos", "emergency"),
    (
        "fr",
        "Je me suis fait caca dessus sans m'en rendre compte, j'ai très mal au dos",
        "emergency",
    ),
    ("fr", "J'ai les fesses et l'entrejambe engourdies depuis ce matin, mal de dos", "emergency"),
    ("fr", "Mes deux jambes sont faibles et engourdies depuis hier, mal au dos", "emergency"),
    ("fr", "Je traîne le pied droit depuis deux jours avec ma sciatique", "emergency"),
    ("fr", "Douleur au dos soudaine et atroce depuis une heure, je ne peux pas bouger", "urgent"),
    ("fr", "Accident de voiture ce matin, j'ai très mal au dos", "emergency"),
    ("fr", "J'ai de la fièvre et mal au dos depuis hier", "urgent"),
    ("fr", "J'ai 72 ans et une nouvelle douleur dans le bas du dos", "soon"),
    ("fr", "J'ai perdu 8 kilos sans régime et j'ai mal au dos", "soon"),
    ("fr", "Mal au dos la nuit, ça me réveille toutes les nuits", "soon"),
    ("fr", "Mal au dos depuis six semaines, rien n'a aidé", "soon"),
    ("fr", "J'ai eu un cancer du sein et maintenant une nouvelle douleur au dos", "urgent"),
    ("fr", "J'ai des fuites d'urine depuis ce matin avec une sciatique", "emergency"),
    (
        "fr",
        "Ma mère ne sent plus ses jambes depuis ce matin et a mal au dos, que faire ?",
        "emergency",
    ),
    ("fr", "Je n'ai pas de fuites urinaires, pas de fièvre, juste mal au dos", None),
    ("fr", "J'ai mal au dos après le sport, chaud ou froid ?", None),
    ("fr", "Devoir de français : traduire « j'ai mal au dos » en anglais", None),
    ("fr", "Quels étirements pour le bas du dos quand on travaille assis ?", None),
    ("fr", "Mal au dos après avoir porté les courses, quels exercices ?", None),
    ("fr", "Est-ce que la bouillotte aide pour le mal de dos ?", None),
    ("fr", "Je n'ai aucun engourdissement, aucune faiblesse, juste un dos raide", None),
    ("fr", "Mon dos est raide le matin, ça passe après une douche chaude", None),
    (
        "fr",
        "Depuis hier je ne contrôle plus ma vessie et j'ai une sciatique des deux côtés",
        "emergency",
    ),
    ("fr", "Mon mari est tombé d'une échelle, il a très mal au dos", "emergency"),
    ("fr", "Engourdissement des fesses et de l'aine, mal au dos depuis trois jours", "emergency"),
    ("fr", "J'ai des frissons et de la fièvre à 39 avec une douleur lombaire", "urgent"),
    ("fr", "Perte de 10 kilos en deux mois sans raison et mal de dos", "soon"),
    ("fr", "Ma sciatique ne s'améliore pas depuis deux mois", "soon"),
    # Spanish
    ("es", "No puedo orinar desde ayer y me duele mucho la espalda", "emergency"),
    ("es", "Me hice caca encima sin darme cuenta y me duele la espalda", "emergency"),
    ("es", "Tengo la ingle y las nalgas dormidas desde esta mañana, dolor de espalda", "emergency"),
    ("es", "Las dos piernas débiles y entumecidas desde ayer, dolor lumbar", "emergency"),
    ("es", "Arrastro el pie derecho desde hace dos días con la ciática", "emergency"),
    (
        "es",
        "Dolor de espalda repentino e insoportable desde hace una hora, no puedo moverme",
        "urgent",
    ),
    ("es", "Accidente de coche esta mañana y me duele mucho la espalda", "emergency"),
    ("es", "Tengo fiebre y dolor de espalda desde ayer", "urgent"),
    ("es", "Tengo 70 años y un dolor de espalda nuevo", "soon"),
    ("es", "He perdido 7 kilos sin hacer dieta y me duele la espalda", "soon"),
    ("es", "Dolor de espalda por la noche, me despierta todas las noches", "soon"),
    ("es", "Dolor de espalda desde hace seis semanas, nada me ha ayudado", "soon"),
    ("es", "Tuve cáncer de mama y ahora un dolor de espalda nuevo", "urgent"),
    ("es", "No tengo fiebre ni hormigueo, solo dolor de espalda", None),
    ("es", "dolor de espalda después del gimnasio, ¿calor o frío?", None),
    ("es", "¿Qué estiramientos son buenos para el dolor lumbar?", None),
    ("es", "Tarea de inglés: traducir 'me duele la espalda'", None),
    (
        "es",
        "Me duele la espalda de estar sentado todo el día en la oficina, ¿qué ejercicios?",
        None,
    ),
    ("es", "¿Es mejor dormir boca arriba o de lado con dolor de espalda?", None),
    ("es", "Mi espalda está rígida por la mañana, mejora con una ducha caliente", None),
    ("es", "Ninguna debilidad en las piernas, solo la espalda cargada", None),
    ("es", "Mi padre no puede orinar desde esta mañana y le duele la espalda", "emergency"),
    ("es", "Se me escapa la orina sin darme cuenta desde ayer, dolor lumbar", "emergency"),
    ("es", "Tengo fiebre de 39 y escalofríos con dolor de espalda", "urgent"),
    ("es", "Me caí por las escaleras y me duele mucho la espalda", "emergency"),
    ("es", "No tengo fiebre, no tengo hormigueo, ¿qué ejercicios para la espalda?", None),
    # Portuguese
    ("pt", "Não consigo fazer xixi desde ontem e tenho dor nas costas", "emergency"),
    ("pt", "Fiz cocô na roupa sem perceber e tenho dor nas costas", "emergency"),
    ("pt", "Dormência na virilha e nas nádegas", "emergency"),
    ("pt", "As duas pernas fracas e dormentes desde ontem, dor lombar", "emergency"),
    ("pt", "Estou arrastando o pé direito há dois dias com dor ciática", "emergency"),
    ("pt", "Dor nas costas súbita e insuportável há uma hora, não consigo me mexer", "urgent"),
    ("pt", "Acidente de carro hoje de manhã, muita dor nas costas", "emergency"),
    ("pt", "Tenho febre e dor nas costas desde ontem", "urgent"),
    ("pt", "Tenho 68 anos e uma dor nas costas nova", "soon"),
    ("pt", "Perdi 6 quilos sem fazer dieta e a dor é pior à noite", "soon"),
    ("pt", "Dor nas costas há seis semanas, nada ajudou", "soon"),
    ("pt", "Tive câncer de mama e agora dor nas costas nova", "urgent"),
    ("pt", "Não tenho febre nem dormência, só dor nas costas", None),
    ("pt", "Dor nas costas depois da academia, calor ou frio?", None),
    ("pt", "Quais alongamentos ajudam a dor lombar?", None),
    ("pt", "Lição de casa: traduzir 'dor nas costas' para o inglês", None),
    ("pt", "Minhas costas ficam rígidas de manhã, melhora depois do banho", None),
    ("pt", "Dor nas costas de ficar sentado no trabalho, que exercícios fazer?", None),
    ("pt", "Qual o melhor colchão para quem tem dor nas costas?", None),
    ("pt", "Nenhuma fraqueza nas pernas, só as costas cansadas", None),
    ("pt", "Minha mãe não consegue fazer xixi desde ontem e tem dor nas costas", "emergency"),
    ("pt", "Perdi 10 quilos em dois meses sem motivo e tenho dor nas costas", "soon"),
    ("pt", "Caí da escada hoje e estou com muita dor nas costas", "emergency"),
    ("pt", "Tenho febre e calafrios e dor lombar", "urgent"),
    ("pt", "Não tenho febre, não tenho dormência, só as costas doem depois do trabalho", None),
    ("pt", "Dor nas costas, melhor calor ou gelo?", None),
    # German
    ("de", "Ich kann seit gestern nicht pinkeln und habe starke Rückenschmerzen", "emergency"),
    (
        "de",
        "Taubheitsgefühl im Intimbereich und am Gesäß seit heute Morgen, Rückenschmerzen",
        "emergency",
    ),
    ("de", "Beide Beine sind taub und schwach seit gestern, Rückenschmerzen", "emergency"),
    (
        "de",
        "Plötzliche, unerträgliche Rückenschmerzen seit einer Stunde, ich kann mich nicht bewegen",
        "urgent",
    ),
    ("de", "Autounfall heute Morgen und jetzt starke Rückenschmerzen", "emergency"),
    ("de", "Ich habe Fieber und Rückenschmerzen seit gestern", "urgent"),
    ("de", "Ich bin 74 Jahre alt und habe neue Rückenschmerzen", "soon"),
    ("de", "Ich habe 8 Kilo abgenommen ohne Diät und habe Rückenschmerzen", "soon"),
    ("de", "Rückenschmerzen seit sechs Wochen, nichts hat geholfen", "soon"),
    ("de", "Ich hatte Brustkrebs und habe jetzt neue Rückenschmerzen", "urgent"),
    (
        "de",
        "Meine Mutter spürt ihre Beine nicht mehr und hat Rückenschmerzen, was soll ich tun?",
        "emergency",
    ),
    ("de", "Kein Fieber, kein Taubheitsgefühl, nur Rückenschmerzen", None),
    ("de", "Rückenschmerzen nach dem Training, Wärme oder Kälte?", None),
    ("de", "Welche Übungen helfen bei Rückenschmerzen im Büro?", None),
    ("de", "Hausaufgabe: übersetze 'Rückenschmerzen' ins Englische", None),
    ("de", "Mein Rücken ist morgens steif, nach dem Duschen wird es besser", None),
    ("de", "Ist eine Wärmflasche gut bei Hexenschuss?", None),
    ("de", "Welche Matratze ist gut bei Rückenschmerzen?", None),
    ("de", "Keine Schwäche in den Beinen, nur der Rücken ist verspannt", None),
    (
        "de",
        "Seit heute Morgen kann ich das Wasser nicht halten, starke Rückenschmerzen",
        "emergency",
    ),
    ("de", "Mein Vater ist von der Leiter gefallen und hat starke Rückenschmerzen", "emergency"),
    ("de", "Kribbeln und Taubheit in beiden Beinen, Rückenschmerzen seit drei Tagen", "emergency"),
    ("de", "Fieber und Schüttelfrost seit gestern, dazu Rückenschmerzen", "urgent"),
    ("de", "Nachts wecken mich die Rückenschmerzen jede Nacht", "soon"),
    # Italian
    ("it", "Non riesco a fare pipì da ieri e ho mal di schiena", "emergency"),
    ("it", "Mi sono fatto la cacca addosso senza accorgermene, mal di schiena forte", "emergency"),
    ("it", "Ho l'inguine e il sedere intorpiditi da stamattina, mal di schiena", "emergency"),
    ("it", "Entrambe le gambe deboli e intorpidite da ieri, mal di schiena", "emergency"),
    (
        "it",
        "Dolore alla schiena improvviso e insopportabile da un'ora, non riesco a muovermi",
        "urgent",
    ),
    ("it", "Incidente stradale stamattina e ora ho un forte mal di schiena", "emergency"),
    ("it", "Ho la febbre e mal di schiena da ieri", "urgent"),
    ("it", "Ho 75 anni e un nuovo mal di schiena", "soon"),
    ("it", "Ho perso 7 chili senza dieta e ho mal di schiena", "soon"),
    ("it", "Mal di schiena da sei settimane, niente ha aiutato", "soon"),
    ("it", "Ho avuto un tumore al seno e ora ho un nuovo mal di schiena", "urgent"),
    ("it", "Non ho febbre né formicolio, solo mal di schiena", None),
    ("it", "Mal di schiena dopo la palestra, caldo o freddo?", None),
    ("it", "Quali esercizi per il mal di schiena da scrivania?", None),
    ("it", "Compiti di inglese: tradurre 'mal di schiena'", None),
    ("it", "La schiena è rigida la mattina, migliora dopo la doccia", None),
    ("it", "Qual è il materasso migliore per il mal di schiena?", None),
    ("it", "Nessuna debolezza alle gambe, solo la schiena stanca", None),
    ("it", "Mio padre non riesce a urinare da stamattina e ha mal di schiena", "emergency"),
    ("it", "Sono caduto dalla scala e ho un forte mal di schiena", "emergency"),
    ("it", "Febbre a 39 e brividi con mal di schiena", "urgent"),
    ("it", "Mal di schiena di notte, mi sveglia ogni notte", "soon"),
    ("it", "Niente febbre, niente formicolio, solo schiena rigida", None),
    # Polish
    ("pl", "Nie mogę oddać moczu od wczoraj i bolą mnie plecy", "emergency"),
    ("pl", "Zrobiłem w majtki i nawet nie poczułem, ból pleców", "emergency"),
    ("pl", "Drętwienie w kroczu i pośladkach od rana, ból pleców", "emergency"),
    ("pl", "Obie nogi słabe i zdrętwiałe od wczoraj, ból kręgosłupa", "emergency"),
    ("pl", "Nagły, bardzo silny ból pleców od godziny, nie mogę się ruszyć", "urgent"),
    ("pl", "Wypadek samochodowy rano, teraz bardzo silny ból pleców", "emergency"),
    ("pl", "Mam gorączkę i ból pleców od wczoraj", "urgent"),
    ("pl", "Mam 71 lat i nowy ból pleców", "soon"),
    ("pl", "Schudłem 8 kilo bez diety i bolą mnie plecy", "soon"),
    ("pl", "Ból pleców od sześciu tygodni, nic nie pomogło", "soon"),
    ("pl", "Miałam raka piersi, teraz nowy ból pleców", "urgent"),
    ("pl", "Nie mam gorączki ani drętwienia, tylko ból pleców", None),
    ("pl", "Ból pleców po siłowni, ciepło czy zimno?", None),
    ("pl", "Jakie ćwiczenia na ból pleców przy pracy biurowej?", None),
    ("pl", "Zadanie domowe: przetłumacz 'ból pleców' na angielski", None),
    ("pl", "Plecy sztywne rano, po prysznicu jest lepiej", None),
    ("pl", "Jaki materac jest dobry na ból kręgosłupa?", None),
    ("pl", "Żadnego osłabienia nóg, tylko plecy zmęczone", None),
    ("pl", "Mój mąż nie może oddać moczu od rana i boli go kręgosłup", "emergency"),
    ("pl", "Spadłem z drabiny i bardzo bolą mnie plecy", "emergency"),
    ("pl", "Gorączka 39 i dreszcze, ból pleców", "urgent"),
    ("pl", "Ból pleców w nocy, budzi mnie co noc", "soon"),
    ("pl", "Nie mam gorączki, nie mam drętwienia, plecy bolą po pracy", None),
    # Hindi/Urdu in Latin letters
    ("hi", "subah se peshab nahi ho raha aur kamar mein bahut dard hai", "emergency"),
    ("hi", "potty nikal gayi pata bhi nahi chala, kamar dard hai", "emergency"),
    ("hi", "neeche sunn ho gaya hai subah se, kamar mein dard", "emergency"),
    ("hi", "dono taangein kamzor aur sunn ho gayi hain kal se, kamar dard", "emergency"),
    ("hi", "achanak bahut tez kamar dard ek ghante se, hil nahi pa raha", "urgent"),
    ("hi", "seedhi se gir gaya aaj, kamar mein bahut dard", "emergency"),
    ("hi", "bukhar hai aur kamar dard kal se", "urgent"),
    ("hi", "meri umar 70 saal hai aur naya kamar dard shuru hua hai", "soon"),
    ("hi", "bina diet ke 6 kilo wazan kam ho gaya aur kamar dard hai", "soon"),
    ("hi", "paanch hafte se kamar dard hai, kuch fayda nahi hua", "soon"),
    ("hi", "mujhe cancer tha, ab naya kamar dard hai", "urgent"),
    ("hi", "bukhar nahi hai, sunn bhi nahi, bas kamar akad gayi hai", None),
    ("hi", "gym ke baad kamar dard, garam sek ya thanda?", None),
    ("hi", "kamar dard ke liye kaunsi kasrat karun?", None),
    ("hi", "office mein baith kar kamar dard hota hai, kya karun?", None),
    ("hi", "subah kamar akad jati hai, nahane ke baad theek ho jati hai", None),
    ("hi", "kamar dard ke liye kaunsa gadda achha hai?", None),
    ("hi", "ek gaana hai jisme kamar dard ki baat hai, uske bol kya hain?", None),
    ("hi", "mere papa ka peshab subah se band hai aur kamar dard hai", "emergency"),
    ("hi", "raat ko kamar dard se neend tut jati hai", "soon"),
    ("hi", "bukhar aur kapkapi ke saath kamar dard", "urgent"),
    ("hi", "dono pairon mein jhunjhuni aur kamzori, kamar dard", "emergency"),
]

SIGNS = [(lang, line, want) for lang, line, want in LINES if want is not None]
CALM = [(lang, line) for lang, line, want in LINES if want is None]


@pytest.mark.parametrize(("language", "line", "want"), SIGNS)
def test_a_sign_told_in_another_language_raises_its_tier(
    language: str, line: str, want: str
) -> None:
    assert not reads_as_english(line)
    assert RANK[tier(line)] >= RANK[want], (language, SAFETY.check(line))


@pytest.mark.parametrize(("language", "line"), CALM)
def test_a_calm_message_in_another_language_raises_nothing(language: str, line: str) -> None:
    assert SAFETY.check(line) == [], (language, in_english(line))


def test_every_language_has_signs_and_calm_twins() -> None:
    for language in ("fr", "es", "pt", "de", "it", "pl", "hi"):
        assert sum(1 for lang, _, _ in SIGNS if lang == language) >= 8
        assert sum(1 for lang, _ in CALM if lang == language) >= 5


@pytest.mark.parametrize(("language", "line"), [(lang, line) for lang, line, _ in LINES])
def test_the_language_read_is_the_one_written(language: str, line: str) -> None:
    words = [plain_word(w) for w in re.findall(r"[^\W\d_]+", line)]
    assert language_of(words) == language
    assert in_english(line) is not None


ENGLISH = [
    "my back hurts after the gym, heat or ice?",
    "I can't feel my legs and I wet myself",
    "my back hurts, both piernas weak since this morning",  # code-switched: code_switch.py
    "Mi back a hurt and mi cyaan feel mi backside",
    "ma back's sair an ah cannae feel ma legs",
]


@pytest.mark.parametrize("line", ENGLISH)
def test_an_english_message_is_not_read_again(line: str) -> None:
    assert reads_as_english(line)
    assert in_english(line) is None


def test_a_message_partly_english_keeps_its_own_flags() -> None:
    """ "I ca n't pee" (a tokeniser's split) does not read as English, and the French "ça" and
    "n'" in it are too few of its words for its French reading to stand alone."""
    reading = in_english("I ca n't pee")
    assert reading is None or not reading.whole
    assert tier("I ca n't pee") == "emergency"


def test_words_of_a_language_pick_it() -> None:
    assert language_of("je n ai pas de fuites".split()) == "fr"
    assert language_of("nie moge oddac moczu".split()) == "pl"
    assert language_of("peshab nahi ho raha".split()) == "hi"
    assert language_of(["hello"]) is None


def test_an_accent_tells_words_apart() -> None:
    """Portuguese "é" is "is", "e" is "and": the key as written is looked up first."""
    reading = in_english("a dor é pior e forte à noite")
    assert reading is not None and reading.text.split()[:4] == ["the", "pain", "is", "worse"]


def test_a_denied_sign_is_denied_and_anothers_is_asked_for() -> None:
    assert SAFETY.check("Je n'ai pas de fuites urinaires, juste mal au dos") == []
    assert (
        tier("Je n'ai pas de fuites urinaires depuis ce matin... si, j'en ai, mal au dos")
        is not None
    )
    assert tier("Ma mère ne sent plus ses jambes depuis ce matin, que faire ?") == "emergency"


RUNNER = CliRunner()

# one line per language: its notice is in English, and the JSON says it did not read as English
ASKED = [
    ("fr", "J'ai des fuites d'urine depuis ce matin avec une sciatique", "emergency"),
    ("es", "No puedo orinar desde ayer y me duele mucho la espalda", "emergency"),
    ("pt", "Dormência na virilha e nas nádegas", "emergency"),
    ("de", "Beide Beine sind taub und schwach seit gestern, Rückenschmerzen", "emergency"),
    ("it", "Ho la febbre e mal di schiena da ieri", "urgent"),
    ("pl", "Nagły, bardzo silny ból pleców od godziny, nie mogę się ruszyć", "urgent"),
    ("hi", "paanch hafte se kamar dard hai, kuch fayda nahi hua", "soon"),
]


@pytest.mark.parametrize(("language", "line", "want"), ASKED)
def test_ask_json_gives_the_english_notice(language: str, line: str, want: str) -> None:
    done = RUNNER.invoke(app, ["ask", "--json", line])
    data = json.loads(done.stdout)
    assert data["red_flags"][0]["urgency"] == want, language
    assert data["not_english"] is True
    assert done.exit_code == (3 if want == "emergency" else 1)


def test_ask_shows_the_emergency_in_english_and_the_not_english_line_under_a_lower_tier() -> None:
    done = RUNNER.invoke(app, ["ask", ASKED[0][1]])
    assert done.exit_code == 3
    assert done.stdout.startswith("EMERGENCY - get help now")
    urgent = RUNNER.invoke(app, ["ask", ASKED[5][1]])
    assert urgent.stdout.startswith("URGENT")
    assert "does not look like English, and backcare reads only English." in urgent.stderr

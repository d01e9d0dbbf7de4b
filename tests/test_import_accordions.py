"""newcomer9 1: an accordion of exactly two items imported wrongly (the first item taken for a
title, the second for its panel: an answer glued to a question, an entry lost). Every builder's
accordion shape is read here with 1 to 5 items, with question titles and with statement titles,
and each item must come out as its own entry with its own answer."""

from __future__ import annotations

from typing import Any

import pytest

from backcare.packs.importers import Imported, import_text

QUESTIONS = [
    ("Is there parking?", "We have 4 free spaces behind the clinic."),
    ("Is the clinic wheelchair accessible?", "Yes. All treatment rooms are on the ground floor."),
    ("Do you treat children?", "Yes, from the age of five."),
    ("Can I pay by card?", "We take all major cards."),
    ("How long is a first appointment?", "Forty-five minutes."),
]
STATEMENTS = [
    ("Cancellation policy", "Give us 24 hours' notice."),
    ("What to bring", "A list of your medicines."),
    ("Parking at the clinic", "Four spaces behind the building."),
    ("Opening hours", "Monday to Friday, 8am to 6pm."),
    ("Gift vouchers", "Sold at reception in any amount."),
]

# one item of each builder's accordion: {title} and {body}; {n} numbers ids as builders do
ELEMENTOR = (
    '<div class="elementor-accordion-item"><div id="t{n}" class="elementor-tab-title" '
    'role="button" aria-expanded="false"><a class="elementor-accordion-title" href="">{title}</a>'
    '</div><div id="c{n}" class="elementor-tab-content" role="region"><p>{body}</p></div></div>'
)
ELEMENTOR_ACTIVE = ELEMENTOR.replace(
    'class="elementor-accordion-item"', 'class="elementor-accordion-item{active}"'
)
BOOTSTRAP5 = (
    '<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button" '
    'type="button">{title}</button></h3><div class="accordion-collapse collapse">'
    '<div class="accordion-body"><p>{body}</p></div></div></div>'
)
BOOTSTRAP3 = (
    '<div class="panel panel-default"><div class="panel-heading"><h4 class="panel-title">'
    '<a data-toggle="collapse" href="#c{n}">{title}</a></h4></div><div id="c{n}" '
    'class="panel-collapse collapse"><div class="panel-body"><p>{body}</p></div></div></div>'
)
YOAST = (
    '<div class="schema-faq-section" id="faq-question-{n}"><strong class="schema-faq-question">'
    '{title}</strong> <p class="schema-faq-answer">{body}</p> </div>'
)
SPECTRA = (
    '<div class="uagb-faq-item"><div class="uagb-faq-questions-button uagb-faq-questions">'
    '<span class="uagb-question">{title}</span></div><div class="uagb-faq-content">'
    "<p>{body}</p></div></div>"
)
QUESTION_ITEM = (  # the item's own class names a question (as 'faq-question-item' themes do)
    '<div class="faq-question-item"><div class="faq-title">{title}</div>'
    '<div class="faq-body"><p>{body}</p></div></div>'
)
# newcomer10 F1: list items (Squarespace 7.1's Accordion block, with its empty divider and icon;
# Wix's FAQ list; a theme's plain <li> heading + paragraph)
SQUARESPACE = (
    '<li class="accordion-item"><div class="accordion-divider" aria-hidden="true"></div>'
    '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button '
    'class="accordion-item__click-target" aria-expanded="false"><span class="accordion-item__title">'
    '{title}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus">'
    '</div></div></button></h4><div class="accordion-item__dropdown" role="region">'
    '<div class="accordion-item__description"><p class="" style="white-space:pre-wrap;">{body}</p>'
    "</div></div></li>"
)
WIX = (
    '<li data-hook="faq-item"><div role="button" aria-expanded="false" data-hook="question">'
    '<span>{title}</span></div><div role="region" data-hook="answer"><div><p>{body}</p></div>'
    "</div></li>"
)
LIST_HEADINGS = "<li><h4>{title}</h4><p>{body}</p></li>"
DETAILS = "<details><summary>{title}</summary><p>{body}</p></details>"
HEADINGS = "<h3>{title}</h3><p>{body}</p>"
DEFLIST_ITEM = "<dt>{title}</dt><dd><p>{body}</p></dd>"

WRAPPED = {
    "elementor": ('<div class="elementor-accordion" role="tablist">', ELEMENTOR, "</div>"),
    "bootstrap5": ('<div class="accordion" id="faq">', BOOTSTRAP5, "</div>"),
    "bootstrap3": ('<div class="panel-group" id="faq">', BOOTSTRAP3, "</div>"),
    "yoast": ('<div class="schema-faq wp-block-yoast-faq-block">', YOAST, "</div>"),
    "spectra": ('<div class="uagb-faq__wrap uagb-buttons-layout-wrap">', SPECTRA, "</div>"),
    "question-items": ('<div class="faq-list">', QUESTION_ITEM, "</div>"),
    "details": ('<div class="wp-block-group">', DETAILS, "</div>"),
    "headings": ("<section>", HEADINGS, "</section>"),
    "deflist": ("<dl>", DEFLIST_ITEM, "</dl>"),
    "squarespace": ('<ul class="accordion-items-container">', SQUARESPACE, "</ul>"),
    "wix": ('<ul data-hook="faq-list">', WIX, "</ul>"),
    "list-headings": ("<ul>", LIST_HEADINGS, "</ul>"),
}
# the last section of the newcomer's page (faq-v1.html), as Elementor saves it: icons and all
NEWCOMER_SECTION = (
    "<main>\n"
    '<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Getting Here</h2></div></div>'
    "\n"
    '<div class="elementor-element elementor-widget elementor-widget-accordion" data-widget_type="accordion.default"><div class="elementor-widget-container">'
    "\n"
    '<div class="elementor-accordion" role="tablist">'
    "\n"
    ' <div class="elementor-accordion-item">'
    "\n"
    '  <div id="elementor-tab-title-6061" class="elementor-tab-title" data-tab="1" role="button" aria-controls="elementor-tab-content-6061" aria-expanded="false">'
    "\n"
    '   <span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>'
    "\n"
    '   <a class="elementor-accordion-title" href="">Is there parking?</a>'
    "\n"
    "  </div>"
    "\n"
    '  <div id="elementor-tab-content-6061" class="elementor-tab-content elementor-clearfix" data-tab="1" role="region" aria-labelledby="elementor-tab-title-6061">'
    "\n"
    "   <p>We have 4 free spaces behind the clinic, including one disabled bay. There is also a pay and display car park on Mill Lane, two minutes&#8217; walk away. The 42 and 50 buses stop outside.</p>"
    "\n"
    "  </div>"
    "\n"
    " </div>"
    "\n"
    ' <div class="elementor-accordion-item">'
    "\n"
    '  <div id="elementor-tab-title-6062" class="elementor-tab-title" data-tab="2" role="button" aria-controls="elementor-tab-content-6062" aria-expanded="false">'
    "\n"
    '   <span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>'
    "\n"
    '   <a class="elementor-accordion-title" href="">Is the clinic wheelchair accessible?</a>'
    "\n"
    "  </div>"
    "\n"
    '  <div id="elementor-tab-content-6062" class="elementor-tab-content elementor-clearfix" data-tab="2" role="region" aria-labelledby="elementor-tab-title-6062">'
    "\n"
    "   <p>Yes. All treatment rooms are on the ground floor, there is step-free access from the car park, and we have an accessible toilet and height-adjustable treatment couches.</p>"
    "\n"
    "  </div>"
    "\n"
    " </div>"
    "\n"
    "</div></div></div>"
    "\n"
    "</main>"
)


def page(shape: str, items: list[tuple[str, str]]) -> str:
    opening, item, closing = WRAPPED[shape]
    body = "".join(item.format(title=t, body=b, n=n) for n, (t, b) in enumerate(items))
    return f"<html><body><main><h1>Clinic FAQ</h1><h2>Getting here</h2>{opening}{body}{closing}</main></body></html>"


def imported(markup: str) -> Imported:
    return import_text(markup, "html", "faq.html")


def pairs(result: Imported) -> list[tuple[str, str]]:
    return [(e["question"], e["answer"]) for e in result.entries]


def statement_titles_read(shape: str) -> bool:
    """Shapes whose structure pairs a statement title with its panel (a toggle); headings and
    <dl> terms that are no question are topics and definitions, as documented."""
    return shape in (
        "elementor",
        "bootstrap5",
        "yoast",
        "spectra",
        "question-items",
        "details",
        "squarespace",
        "wix",
    )


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("shape", sorted(WRAPPED))
def test_every_item_of_an_accordion_of_questions_is_its_own_entry(shape: str, count: int) -> None:
    items = QUESTIONS[:count]
    result = imported(page(shape, items))
    assert pairs(result) == items, result.notes
    assert not any("no question" in n for n in result.notes), result.notes


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("shape", sorted(s for s in WRAPPED if statement_titles_read(s)))
def test_every_item_of_an_accordion_of_statements_is_its_own_entry(shape: str, count: int) -> None:
    items = STATEMENTS[:count]
    result = imported(page(shape, items))
    assert pairs(result) == items, result.notes


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize(
    "shape", ["elementor", "bootstrap5", "yoast", "spectra", "question-items", "squarespace", "wix"]
)
def test_questions_and_statements_mixed_each_keep_their_own_answer(shape: str, count: int) -> None:
    items = [QUESTIONS[0], STATEMENTS[0], QUESTIONS[1], STATEMENTS[1]][:count]
    result = imported(page(shape, items))
    assert pairs(result) == items, result.notes


def test_an_open_item_classed_apart_from_its_sibling_is_still_an_item() -> None:
    """The saved page marks the open item ('elementor-active'): the two items' classes differ, so
    only the title check tells the first item from a title."""
    opening, _, closing = WRAPPED["elementor"]
    body = "".join(
        ELEMENTOR_ACTIVE.format(title=t, body=b, n=n, active=" elementor-active" if n == 0 else "")
        for n, (t, b) in enumerate(QUESTIONS[:2])
    )
    result = imported(f"<main><h2>Getting here</h2>{opening}{body}{closing}</main>")
    assert pairs(result) == QUESTIONS[:2], result.notes


def test_the_newcomers_repro_imports_both_entries() -> None:
    markup = page("elementor", QUESTIONS[:2])
    result = imported(markup)
    entries: list[dict[str, Any]] = result.entries
    assert [e["question"] for e in entries] == [q for q, _ in QUESTIONS[:2]]
    assert all(e["topic"] == "Getting here" for e in entries)
    assert not any("accordion item" in n for n in result.notes), result.notes


def test_the_newcomers_page_imports_every_question_once() -> None:
    """faq-v1.html as the newcomer saved it, cut to its last section (two Elementor items)."""
    result = imported(NEWCOMER_SECTION)
    assert [e["question"] for e in result.entries] == [
        "Is there parking?",
        "Is the clinic wheelchair accessible?",
    ]
    assert result.entries[1]["answer"].startswith("Yes. All treatment rooms")


def test_a_plain_button_before_a_paragraph_is_not_a_question() -> None:
    """Only a toggle classed as the question pairs with a bare paragraph; a 'Read more' button
    beside one is a control (dropped with a note), and the paragraph stays where it is."""
    result = imported(
        "<main><h2>How do I book?</h2><div><button>Read more</button><p>Online or by phone.</p>"
        "</div></main>"
    )
    assert pairs(result) == [("How do I book?", "Online or by phone.")]
    assert any("Read more" in n and "button" in n for n in result.notes), result.notes


def test_a_title_and_its_panel_are_still_one_statement_entry() -> None:
    """The head/panel pair the accordion reader exists for still reads as one entry."""
    result = imported(
        '<main><h2>Booking</h2><div class="item"><div class="accordion-title">Cancellation policy'
        '</div><div class="accordion-panel"><p>24 hours.</p></div></div></main>'
    )
    assert pairs(result) == [("Cancellation policy", "24 hours.")]
    assert any("Cancellation policy" in n and "accordion" in n for n in result.notes)


def test_a_list_of_points_with_a_question_in_it_stays_an_answers_list() -> None:
    """Only a list whose items mostly open with a question title is a list of questions."""
    result = imported(
        "<main><h2>Is rest good?</h2><p>Not for long:</p><ul><li>walk daily</li>"
        "<li><strong>Why?</strong> Movement helps.</li><li>keep working</li></ul></main>"
    )
    assert [e["question"] for e in result.entries] == ["Is rest good?"]
    assert "walk daily" in result.entries[0]["answer"]

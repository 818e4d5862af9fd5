"""Trap sentences for event status (our own words): each names a trigger and the status the
text gives it. Most say of an event that it did not, or need not, happen; a few controls
say that it did, so a rule that refuses to assert anything fails too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.analyse.article import analyse
from eventline.models import Article

# (sentence, trigger, status)
TRAPS: list[tuple[str, str, str]] = [
    # threats, demands, calls
    ("The rail union threatened to strike over the pay offer.", "strike", "threatened"),
    ("Opposition leaders called for an inquiry into the crash.", "inquiry", "demanded"),
    ("Residents urged the council to hold an inquiry into the fire.", "inquiry", "demanded"),
    ("The families demanded an investigation into the deaths.", "investigation", "demanded"),
    ("The envoy asked the army to ensure the delivery of aid.", "delivery", "demanded"),
    ("Lawmakers urged an immediate ceasefire.", "ceasefire", "demanded"),
    ("The minister faces calls to resign.", "resign", "demanded"),
    ("The rally was banned by the police.", "rally", "cancelled"),
    ("Economists warned of a recession next year.", "recession", "threatened"),
    # refusals, failures, denials
    ("The minister refused to resign after the vote.", "resign", "negated"),
    ("The company declined to comment on the layoffs.", "comment", "negated"),
    ("The rebels failed to capture the town.", "capture", "negated"),
    ("The president stopped short of endorsing the candidate.", "endorsing", "negated"),
    ("The prime minister ruled out an early election.", "election", "negated"),
    ("The suspect denied attacking the guard.", "attacking", "denied"),
    ("The mayor denied that the money was spent on his campaign.", "spent", "denied"),
    # conditions
    ("The team would have won if the referee had not stopped the game.", "won", "conditional"),
    ("Workers will strike next week unless the firm raises wages.", "strike", "conditional"),
    (
        "If approved, the merger would create the largest bank in the region.",
        "merger",
        "conditional",
    ),
    ("The takeover is subject to approval by shareholders.", "takeover", "conditional"),
    ("The deal, subject to approval by regulators, would create a giant.", "deal", "conditional"),
    ("In the event of a strike, no trains will run on the line.", "strike", "conditional"),
    ("The sale remains pending approval from regulators.", "sale", "conditional"),
    # without, instead, rather than, before it could, lest
    ("The board approved the plan without consulting shareholders.", "consulting", "negated"),
    ("The council raised fees instead of cutting services.", "cutting", "negated"),
    ("The club chose to appeal rather than accept the ban.", "accept", "negated"),
    ("The thief was caught before he could escape.", "escape", "negated"),
    ("The guards locked the gates lest the prisoners escape.", "escape", "possible"),
    # questions
    ("Did the aide leak the memo to reporters?", "leak", "possible"),
    ("Who ordered the raid on the newspaper?", "raid", "occurred"),
    # hedges, expectations, plans, attempts
    ("The executives could face charges over the spill.", "face", "possible"),
    ("The ministers are expected to sign the accord on Friday.", "sign", "planned"),
    ("The airline plans to cut 2,000 jobs.", "cut", "planned"),
    ("The ferry was supposed to dock at noon.", "dock", "planned"),
    ("Protesters tried to storm the parliament building.", "storm", "possible"),
    ("The gunman attempted to board a flight to Madrid.", "board", "possible"),
    ("The company was about to launch the phone when the recall began.", "launch", "planned"),
    ("The club hopes to sign the defender in January.", "sign", "possible"),
    ("The party aims to win a majority in the spring.", "win", "possible"),
    ("The hackers may have stolen customer data.", "stolen", "possible"),
    ("The patient might have survived with earlier treatment.", "survived", "possible"),
    ("The fire must have started in the kitchen.", "started", "possible"),
    # prevented, averted, would-be
    ("The pilot narrowly avoided a collision with a drone.", "collision", "negated"),
    ("Quick action by the guards averted a massacre at the school.", "massacre", "negated"),
    ("Police arrested two men over the would-be attack on the stadium.", "attack", "possible"),
    # claims, suspicions, rumours
    ("The senator was accused of taking bribes from a builder.", "taking", "claimed"),
    ("Investors lost millions in the alleged fraud.", "fraud", "claimed"),
    ("The man suspected of killing the guard was released on bail.", "killing", "claimed"),
    ("The singer is rumoured to have signed with a new label.", "signed", "claimed"),
    # nobody, never, not yet, has yet to
    ("No passengers were hurt when the bus overturned.", "hurt", "negated"),
    ("The striker has never scored in a cup final.", "scored", "negated"),
    ("The firm has not yet filed its annual accounts.", "filed", "negated"),
    ("The government has yet to publish the report.", "publish", "negated"),
    # fears, risks, possibilities, talks about
    ("Fears of a collapse of the bank grew on Monday.", "collapse", "possible"),
    ("Forecasters see a risk of flooding along the river.", "flooding", "possible"),
    ("Shares rose on reports of a possible merger.", "merger", "possible"),
    ("The two firms held talks about a merger.", "merger", "possible"),
    # inference, instruction, ability
    ("The new phone appears to be running an old system.", "running", "possible"),
    ("The minister seems to have lost the vote.", "lost", "possible"),
    ("The recording told callers to call back later.", "call", "demanded"),
    ("The player is capable of holding 500 songs.", "holding", "generic"),
    ("The firm has paid no tax for a decade.", "paid", "negated"),
    ("The court ruled that the firm must pay a fine.", "pay", "planned"),
    ("The minister must be joking about the tax.", "joking", "possible"),
    ("There were no casualties in the attack.", "casualties", "negated"),
    ("The talks are yet to be arranged.", "arranged", "negated"),
    # variants the parser builds differently
    ("The team would have qualified had it won on Sunday.", "won", "conditional"),
    ("Was the election rigged?", "rigged", "possible"),
    ("The union chose to negotiate instead of striking.", "striking", "negated"),
    ("There are rumours of a takeover bid.", "bid", "claimed"),
    ("The party fell short of winning a majority.", "winning", "negated"),
    ("The senator said she would not seek re-election.", "seek", "negated"),
    ("Unless a buyer is found, the plant will close in May.", "close", "conditional"),
    # nouns that govern a clause, objects kept from happening, hedged predicates
    ("His refusal to resign angered the party.", "resign", "negated"),
    ("The failure to evacuate the town cost lives.", "evacuate", "negated"),
    ("The ministry dismissed claims that troops had fired on protesters.", "fired", "claimed"),
    ("The army denied reports of a massacre.", "massacre", "denied"),
    ("Not a single shot was fired.", "fired", "negated"),
    ("The government is considering a ban on the drug.", "ban", "possible"),
    ("The prime minister is likely to call an election.", "call", "possible"),
    ("Police prevented the march from reaching the square.", "reaching", "negated"),
    ("The court blocked the merger.", "merger", "negated"),
    ("Talks broke down before a deal could be reached.", "reached", "negated"),
    ("The strike ended without a deal.", "deal", "negated"),
    ("The board postponed the vote.", "vote", "cancelled"),
    ("The firm set out steps in order to guarantee the payments.", "guarantee", "possible"),
    # no longer, unconfirmed, not real
    ("The company no longer makes the phone.", "makes", "negated"),
    ("The strike will not end until Friday.", "end", "planned"),
    ("The country would no longer fall victim to an invasion.", "invasion", "possible"),
    ("Unconfirmed reports said the general was killed.", "killed", "claimed"),
    ("The attack was a hoax.", "attack", "negated"),
    ("Soldiers took part in a mock attack on the base.", "attack", "negated"),
    ("Nothing was stolen in the raid.", "stolen", "negated"),
    # not ruled out, on the verge, came close, escaped, acquitted, fell through, scrubbed
    ("Officials have not ruled out an attack on the capital.", "attack", "possible"),
    ("The rebels were on the verge of capturing the city.", "capturing", "possible"),
    ("The firm came close to collapsing.", "collapsing", "negated"),
    ("The country narrowly escaped a recession.", "recession", "negated"),
    ("He was acquitted of murder.", "murder", "claimed"),
    ("Charges of assault against the player were dropped.", "assault", "claimed"),
    ("The deal fell through.", "deal", "negated"),
    ("The launch was scrubbed because of the weather.", "launch", "cancelled"),
    # controls: these did happen
    ("The bus overturned on the motorway.", "overturned", "occurred"),
    ("The man suspected of killing the guard was released on bail.", "released", "occurred"),
    ("The board approved the plan without consulting shareholders.", "approved", "occurred"),
    ("The council raised fees instead of cutting services.", "raised", "occurred"),
    ("Police arrested two men over the would-be attack on the stadium.", "arrested", "occurred"),
    ("The two firms held talks about a merger.", "talks", "occurred"),
    ("The thief was caught before he could escape.", "caught", "occurred"),
    ("The rebels were able to capture the town.", "capture", "occurred"),
    ("The club said it had signed the defender.", "signed", "occurred"),
    ("Why did the talks fail?", "talks", "occurred"),
    ("Who won the election in the north?", "election", "occurred"),
    ("Did Russia hack the election?", "election", "occurred"),
    ("Police prevented the march from reaching the square.", "march", "occurred"),
    ("Demand enjoyed by the new phone lifted sales.", "lifted", "occurred"),
]

# Headlines (first line of an article): a negated headline clause is no occurrence.
HEADLINE_TRAPS: list[tuple[str, str, str]] = [
    ("Minister Will Not Resign Over Leak", "Resign", "negated"),
    ("No Charges Filed Over Crane Collapse", "Filed", "negated"),
    ("Premier rules out snap election", "election", "negated"),
    ("Union Threatens Strike Over Pay", "Strike", "threatened"),
    ("Striker denies assaulting fan", "assaulting", "denied"),
    ("Union threatens strike as talks stall", "stall", "ongoing"),
    ("Strike Called Off After Pay Offer", "Strike", "cancelled"),
    ("Lender's takeover subject to approval", "takeover", "conditional"),
    ("Vote Postponed Amid Protests", "Vote", "cancelled"),
    ("Bank Not To Raise Rates", "Raise", "negated"),
    ("Rebels Threaten To Seize Capital", "Seize", "threatened"),
    ("PM Won't Quit, Aide Says", "Quit", "negated"),
    ("Did Rivals Hack The Election?", "Hack", "possible"),
    ("Company Denies Plans To Cut Jobs", "Cut", "denied"),
]


# What a wrapper says of its own verb does not reach the known events around it: each of
# these is asserted (occurred or ongoing).
ASSERTED: list[tuple[str, str]] = [
    ("The minister did not hesitate to condemn the attack.", "condemn"),
    ("Police failed to stop the attack on the embassy.", "attack"),
    ("The party refused to condemn the bombing.", "bombing"),
    ("Opposition leaders called for an inquiry into the crash.", "crash"),
    ("Residents called for calm after the riot.", "riot"),
    ("The union threatened further strikes after the walkout.", "walkout"),
    ("Critics said the minister should have resigned after the crash.", "crash"),
    ("The strike did not end until Friday.", "end"),
    ("Nothing was stolen in the raid.", "raid"),
    ("Investors sold shares amid fears of a default.", "sold"),
    ("Shares fell after the firm said it might cut jobs.", "fell"),
    ("Officials warned that the outbreak, which began in May, could spread.", "began"),
    ("The senator, who was accused of fraud, resigned on Monday.", "resigned"),
    ("Two suspects in the bombing were handed over to police.", "bombing"),
    ("Not all members voted for the plan.", "voted"),
    ("The summit was not cancelled.", "summit"),
    ("Reporters are asking whether the firm will pay the fine.", "asking"),
    ("Protesters demanded the release of the man who was arrested on Monday.", "arrested"),
    ("The firm made false statements to investors.", "statements"),
]


def _statuses(nlp, text: str, trigger: str) -> list[str]:
    analysis = analyse(Article(id="t", text=text, published="2024-05-02"), nlp(text), "test")
    return [m.status for m in analysis.events if m.text.split()[0] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "status"), TRAPS)
def test_a_trap_sentence_gets_the_status_its_text_gives(nlp, sentence, trigger, status):
    found = _statuses(nlp, f"Desk\n\n{sentence}", trigger)
    assert found[:1] == [status]


@pytest.mark.parametrize(("sentence", "trigger"), ASSERTED)
def test_a_known_event_next_to_a_non_assertion_stays_asserted(nlp, sentence, trigger):
    found = _statuses(nlp, f"Desk\n\n{sentence}", trigger)
    assert found[:1] in (["occurred"], ["ongoing"])


@pytest.mark.parametrize(("headline", "trigger", "status"), HEADLINE_TRAPS)
def test_a_headline_trap_gets_the_status_its_text_gives(nlp, headline, trigger, status):
    found = _statuses(nlp, f"{headline}\n\nThe story was reported on Monday.", trigger)
    assert found[:1] == [status]


# Frames that never assert their event, and events to put in them (base, past participle,
# -ing form): whatever the pair, the event is not shown as having happened.
FRAMES = [
    "The envoy refused to {base} the accord.",
    "The envoy did not {base} the accord.",
    "The envoy may have {past} the accord.",
    "Did the envoy {base} the accord?",
    "The envoy has yet to {base} the accord.",
    "The envoy threatened to {base} the accord.",
    "The envoy was accused of {ing} the accord.",
    "The envoy denied {ing} the accord.",
    "The envoy would have {past} the accord if the talks had gone well.",
    "The envoy stopped short of {ing} the accord.",
    "The envoy was arrested before he could {base} the accord.",
    "The envoy chose to wait rather than {base} the accord.",
]
ACTIONS = [
    ("sign", "signed", "signing"),
    ("sell", "sold", "selling"),
    ("attack", "attacked", "attacking"),
    ("announce", "announced", "announcing"),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FRAMES), st.sampled_from(ACTIONS))
def test_no_non_assertive_frame_makes_its_event_occur(nlp, frame, action):
    base, past, ing = action
    sentence = frame.format(base=base, past=past, ing=ing)
    word = next(w for w in (base, past, ing) if f" {w} " in f" {sentence} ")
    found = _statuses(nlp, f"Desk\n\n{sentence}", word)
    assert found and found[0] not in {"occurred", "ongoing"}, (sentence, found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The union threatened on Wednesday to strike over pay.", "strike"),
        ("The mayor promised on Monday to cut taxes.", "cut"),
        ("Police charged her on Monday. Born in 1960, she studied law in Paris.", "studied"),
        ("Police charged her on Monday. After the war ended in 1995, she joined a bank.", "joined"),
        ("Unemployment rose to its highest level since 2008.", "rose"),
        ("It was the first such attack on the city since 2015.", "attack"),
        ("The coach signed a contract until 2027.", "signed"),
        ("The launch was delayed until June 3.", "delayed"),
        ("The striker scored twice, as he did in the 2019 final.", "scored"),
        ("Fans marched to the stadium, just as they had in 1990.", "marched"),
    ],
)
def test_a_date_of_saying_or_of_another_era_does_not_date_the_event(nlp, text, trigger):
    article = Article(id="t", text=f"Desk\n\n{text}", published="2024-05-02")
    analysis = analyse(article, nlp(article.text), "test")
    event = next(m for m in analysis.events if m.text.split()[0] == trigger)
    assert event.timex is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The talks will resume on June 3.", "resume", "2024-06-03"),
        ("The firm has grown every year since 2015.", "grown", "2015"),
        ("Fans marched to the stadium in 1990.", "marched", "1990"),
    ],
)
def test_a_date_of_the_event_itself_still_dates_it(nlp, text, trigger, value):
    article = Article(id="t", text=f"Desk\n\n{text}", published="2024-05-02")
    analysis = analyse(article, nlp(article.text), "test")
    event = next(m for m in analysis.events if m.text.split()[0] == trigger)
    assert analysis.timexes[event.timex].value == value


def test_a_day_of_the_lead_still_dates_the_next_event(nlp):
    text = "Desk\n\nPolice charged her on Monday. She resigned from the board."
    analysis = analyse(Article(id="t", text=text, published="2024-05-02"), nlp(text), "test")
    resigned = next(m for m in analysis.events if m.text == "resigned")
    assert analysis.timexes[resigned.timex].value == "2024-04-29"

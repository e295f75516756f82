"""Benchmark the cross-check: planted-truth precision/recall, time and memory, index recall.

    python scripts/bench_crosscheck.py                      # 10k, 100k and 1M quotes
    python scripts/bench_crosscheck.py --sizes 10000 100000 --sample 20000

A synthetic batch (deterministic seed) of realistic-looking quotes built from word lists
— so unrelated quotes share common n-grams ("will continue to", "at the end of the day")
as real news does — with *planted* statements: each quoted verbatim in two to four
articles (by the same person under different name forms, with compatible titles: none of
that is a finding), and most given one variant of a known kind in another article:

    speaker swapped → speaker-conflict        word changed → wording-changed (warning)
    unnamed source  → speaker-anonymous       negation dropped → wording-changed (error)
    truncated       → quote-truncated         outlet swapped → outlet-conflict
    audience changed → context-conflict       "former" title → title-conflict
    recased / re-punctuated / cut with an ellipsis → nothing

It prints, per code, precision and recall against that planted truth; the time and peak
memory of ``check`` at each size (each size runs in a fresh process: the peak RSS
includes the batch itself, measured before and after, and "child MB" is the peak of a
forked matching process, if any); and, on a sample with extra near-threshold pairs, the
share of the related pairs found by exhaustive all-pairs matching that the n-gram index
also finds.  It also measures how much two processes actually gain on this machine.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from quotecheck.clusters.cluster import build_units, verified_pairs
from quotecheck.clusters.match import FRAGMENT_FLOOR, relate
from quotecheck.clusters.normalize import ELLIPSIS, key, plain
from quotecheck.config import DEFAULT_SETTINGS, MatchSettings
from quotecheck.findings.crosscheck import check
from quotecheck.findings.lexicon import CONDITIONS, MODALS, NEGATIONS, NUMBER_WORDS, QUALIFIERS
from quotecheck.records import Analysis, Mention, PersonMention, Quote, Report

SEED = 20251202
QUOTES_PER_ARTICLE = 10
PLANTED_SHARE = 0.05
"""Share of the quotes that belong to planted statements (originals, copies and variants)."""

FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew
Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua
Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald
Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy
Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott
Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank
Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria Jerry Heather Tyler Diane
Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia Douglas Victoria Zachary Kelly
Peter Lauren Kyle Christina Ethan Joan Walter Evelyn Noah Judith Jeremy Megan Christian Andrea
Keith Cheryl Roger Hannah Terry Jacqueline Gerald Martha Harold Gloria Sean Teresa Austin Ann
Carl Sara Arthur Madison Lawrence Frances Dylan Kathryn Jesse Janice Jordan Jean Bryan Abigail
Billy Alice Joe Judy Bruce Sophia Gabriel Grace Logan Denise Albert Amber Willie Doris Alan
Marilyn Juan Danielle Wayne Beverly Elijah Isabella Randy Theresa Roy Diana Vincent Natalie
Ralph Brittany Eugene Charlotte Russell Marie Bobby Kayla Mason Alexis Philip Lori""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders
Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter
Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce
Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada
Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison
Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery
Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le
McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks
Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez
Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila
Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd
Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton
Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker
Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush
Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love
Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon
Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins
Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco Cross Calderon Quinn Moss
Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill
Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo
Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines
Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia
Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke
Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon Parsons Frank
Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco
Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French
Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias
Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain
Patrick Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie
Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah Roth Nicholson Holloway Lozano
Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood Bass Greer
Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez
Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood
Monroe Anthony Pittman Huynh Randall Singleton Kirk Combs Mathis Christian Skinner Bradford
Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce Atkinson Velez Meza Roy Vincent York
Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron
Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn
Cisneros Harrell Shields Rubio Huffman Choi Boyer Garrison Arroyo Bond Kane Hancock Callahan
Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich
Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay Tanner
Hutchinson Kaur Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain
Montes Mata Rosario Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta
Preston Vance Barry Johns Eaton Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English
Hurst Woodard Cortes Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong Kline
Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach Meadows Orr Davila
Whitehead Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines
Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell Stein Browning Stout Lowery Sloan
McLean Hendricks Calhoun Sexton Chung Gentry Hull Duarte Ellison Nielsen Gillespie Buck
Middleton Sellers Leblanc Esparza Hardin Bradshaw McIntosh Howe Livingston Frost Glass Morse
Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley McFarland Hebert Enriquez
Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles
Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan Small
Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava Ayers
Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson Moses Magana
Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard Ashley Friedman
Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty
Crane Haley Phan Villalobos Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen
Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye Sheppard McCarty Avalos Booker Waller
Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta Donaldson Stuart Faulkner Maynard
Galindo Coffey Estes Sanford Burch Maddox Vo Oconnell Vu Andersen Spence McPherson Church
Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard Alfaro Hester Proctor Lu Hinton
Novak Good Madden McCann Terrell Jarvis Dickson Reyna Cantrell Mayo Branch Hendrix Rollins
Rowland Whitney Duke Odom Daugherty Travis Tang Archer""".split()
ROLES = ("Senator", "Governor", "Representative", "Mayor", "Secretary", "Minister", "Ambassador",
         "Attorney General", "Commissioner", "Director", "Speaker", "Chancellor", "President")
SUBJECTS = """we|our government|this administration|the committee|our country|my office|the people of
this state|our allies|the department|this city|our party|the council|our team|the agency|my
colleagues|the voters|our partners|the board|this country|the leadership|our campaign|the
coalition|our union|the governor|local leaders|our negotiators|the mayor|our diplomats|the
senators|families here""".replace("\n", " ").split("|")
MODALS_ = ("will", "must", "should", "can", "is going to", "has to", "wants to", "is ready to",
           "will continue to", "intends to", "plans to", "needs to", "is determined to", "has pledged to",
           "is working to", "hopes to", "would like to", "is prepared to")
VERBS = """support reject defend fund review reform protect expand cut investigate oppose deliver
restore strengthen rebuild challenge approve block finance secure improve modernize replace
examine question debate negotiate address tackle confront resolve prioritize accelerate delay
reconsider endorse extend renew repeal revise simplify streamline enforce monitor study audit
champion promote advance pursue complete launch halt suspend overhaul scrap shield rescue
reshape rethink dismantle preserve upgrade reopen close sign veto draft unveil announce adopt
implement expand double triple shrink trim boost raise lower freeze unfreeze review overhaul
target scrutinize condemn praise welcome criticize question clarify explain defend justify
restructure consolidate merge split transfer redirect reallocate protect safeguard reinforce
stabilize revive revitalize transform fix repair renovate inspect certify license regulate
deregulate privatize nationalize subsidize tax exempt waive enforce""".split()
ADJECTIVES = """broken new current proposed failed costly ambitious bipartisan fragile outdated
important urgent local national regional federal public private critical fair reasonable
balanced dangerous reckless sensible practical comprehensive limited modest bold historic
controversial popular unpopular basic essential affordable expensive transparent secret rushed
careful flawed solid weak strong effective inefficient complex simple massive small serious
credible realistic unrealistic emergency temporary permanent annual common shared rural urban
coastal northern southern eastern western aging crumbling overdue underfunded overfunded
bloated lean fragmented unified costly cheap generous stingy strict lax vague detailed sweeping
narrow targeted blanket voluntary mandatory statewide citywide nationwide cross-border
long-awaited long-delayed much-needed so-called hard-won half-finished last-minute
open-ended one-sided well-funded poorly-run badly-designed""".split()
NOUNS = """system plan budget program policy agreement proposal deal reform bill law strategy
framework package tax investment infrastructure network process mission investigation inquiry
audit contract partnership alliance effort initiative project measure rule regulation mandate
fund subsidy tariff pipeline bridge highway school hospital clinic pension border election
ceasefire treaty sanctions market economy industry sector supply workforce housing transit water
energy grid climate veterans benefits security defense police force army navy court ruling
verdict schedule timeline deadline loan credit debt deficit surplus revenue spending airport
railway port harbor tunnel dam reservoir canal levee seawall library museum park stadium
factory refinery mine farm fishery forest wildfire drought flood hurricane vaccine hospital
pharmacy insurance premium copay wage salary bonus overtime strike union contract lease rent
mortgage eviction shelter curfew checkpoint barrier fence wall visa permit license passport
asylum refugee census ballot recount audit primary caucus convention debate poll survey
broadband satellite reactor turbine battery charger subway ferry bus route lane toll fare
ticket fine penalty lawsuit settlement appeal injunction subpoena testimony hearing probe
report memo audit dashboard database registry""".split()
TAILS = """in the coming weeks|for the American people|at the end of the day|as soon as possible|without
delay|in every community|before the next election|with our partners|for working families|over the
next few years|by the end of the year|once and for all|for the sake of our children|in a responsible
way|on behalf of our citizens|from day one|in the long run|across the country|with full
transparency|step by step|as we have always done|in good faith|no matter what|for the first
time|in this difficult moment""".replace("\n", " ").split("|")
PLACES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee
Texas Utah Vermont Virginia Washington Wisconsin Wyoming Boston Chicago Houston Phoenix Philadelphia
Dallas Austin Denver Seattle Detroit Memphis Baltimore Milwaukee Albuquerque Tucson Fresno
Sacramento Atlanta Miami Omaha Cleveland Tulsa Oakland Minneapolis Wichita Tampa Pittsburgh
Cincinnati Anchorage Newark Buffalo Toledo Lincoln Orlando Madison Reno Boise Richmond Spokane
Mexico Canada Ukraine Poland Germany France Japan China India Brazil Israel Egypt Turkey Kenya
Nigeria Ohio Europe Asia Africa Moscow Kyiv Beijing London Paris Berlin Tokyo Geneva Brussels""".split()
UNITS = ("jobs", "homes", "miles", "acres", "students", "families", "workers", "beds", "schools",
         "officers", "megawatts", "percent", "days", "weeks", "months", "years", "seats", "votes")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SIMPLE_MODALS = ("will", "must", "should", "can", "could", "would", "may", "might", "shall", "cannot",
                 "won't", "can't", "did", "does", "do", "never", "always", "also", "still", "now")
ADVERBS = """quickly finally fully carefully quietly openly firmly gradually immediately eventually
properly seriously really actually simply directly personally strongly clearly jointly swiftly
formally partly largely""".split()
DETERMINERS = ("the", "our", "this", "a", "their", "every", "that", "its", "my", "your", "his", "her",
               "one", "another", "each")
GROUPS = ("residents", "voters", "farmers", "teachers", "nurses", "workers", "businesses", "families",
          "officials", "lawmakers", "veterans", "students", "parents", "taxpayers", "retirees")
CONNECTORS = ("and", "because", "so that", "while", "and then", "even as", "since", "whereas")
NEUTRAL = """obvious steady careful useful broad clear quick slow honest open recent modern
genuine sincere quiet lasting vital notable decent proper rapid gradual""".split()
OUTLETS = ("Reuters", "the Associated Press", "CNN", "Fox News", "NBC News", "The New York Times",
           "The Washington Post", "Politico", "Bloomberg", "ABC News", "CBS News", "NPR", "Axios",
           "The Wall Street Journal", "USA Today", "BBC")
AUDIENCES = ("reporters", "supporters at a rally", "the Senate committee", "his cabinet", "her staff",
             "students", "donors", "local business leaders", "the city council", "a radio host",
             "union members", "veterans", "the press corps", "foreign ministers")
SENSITIVE = NEGATIONS | MODALS | QUALIFIERS | CONDITIONS | NUMBER_WORDS
KINDS = ("speaker", "anonymous", "word", "negation", "truncated", "outlet", "context", "title", "noise", "none")
CODE_OF = {"speaker": "speaker-conflict", "anonymous": "speaker-anonymous", "word": "wording-changed",
           "negation": "wording-changed", "truncated": "quote-truncated", "outlet": "outlet-conflict",
           "context": "context-conflict", "title": "title-conflict"}
CODES = sorted(set(CODE_OF.values()))


@attrs.frozen
class Person:
    first: str
    last: str
    role: str

    def forms(self) -> tuple[str, ...]:
        """How articles name this person: all one person, never a conflict."""
        return (f"{self.first} {self.last}", f"{self.role} {self.first} {self.last}", self.last, f"Mr. {self.last}")


@attrs.frozen
class Plant:
    """One planted statement's variant: where it is and which finding it should raise."""

    kind: str
    article: str
    start: int
    severity: str | None = None


class Generator:
    """Deterministic synthetic news quotes (``random.Random(seed)``)."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.people = [Person(f, l, self.rnd.choice(ROLES)) for f in FIRST for l in LAST]
        self.rnd.shuffle(self.people)
        self.seen: set[str] = set()
        self.clauses: tuple[str, str] = ("", "")
        """The two clauses of the last sentence (the second with its tail): what a
        journalist quoting part of it would pick."""

    def clause(self, modal: str | None = None) -> str:
        """Subject, modal, verb and object, often with the specifics real quotes carry:
        places, numbers, dates, names — the long tail that makes most n-grams rare."""
        r = self.rnd
        subject = r.choice((
            r.choice(SUBJECTS), f"{r.choice(PLACES)} {r.choice(GROUPS)}", f"the {r.choice(LAST)} campaign",
            f"{r.choice(ROLES)} {r.choice(LAST)}", r.choice(("we", "I", "they", "you", "he", "she")),
        ))
        noun = r.choice(NOUNS) if r.random() < 0.6 else f"{r.choice(NOUNS)} {r.choice(NOUNS)}"
        obj = f"{r.choice(DETERMINERS)} {r.choice(ADJECTIVES)} {noun}"
        if r.random() < 0.75:
            obj += " " + r.choice((
                f"in {r.choice(PLACES)}", f"for {r.randint(2, 9999):,} {r.choice(UNITS)}",
                f"by {r.choice(MONTHS)} {r.randint(2024, 2031)}", f"worth ${r.randint(2, 999)} million",
                f"of the {r.choice(PLACES)} {r.choice(NOUNS)}", f"with the {r.choice(LAST)} family",
                f"that {r.choice(LAST)} proposed", f"across {r.choice(PLACES)} and {r.choice(PLACES)}",
            ))
        adverb = f" {r.choice(ADVERBS)}" if r.random() < 0.5 else ""
        modal = modal or (r.choice(MODALS_) if r.random() < 0.25 else r.choice(SIMPLE_MODALS))
        return f"{subject} {modal}{adverb} {r.choice(VERBS)} {obj}"

    def sentence(self, negated: bool = False, min_words: int = 8) -> str:
        """A new statement, never generated before (compared by normalised words)."""
        r = self.rnd
        while True:
            first, second = self.clause("will not" if negated else None), self.clause()
            parts = [first, r.choice(CONNECTORS), second]
            if r.random() < 0.25:
                parts.append(r.choice(TAILS))
            text = " ".join(parts)
            self.clauses = (first, " ".join(parts[2:]))
            text = text[0].upper() + text[1:] + r.choice((".", ".", "!"))
            k = key(text)
            if len(text.split()) >= min_words and k not in self.seen:
                self.seen.add(k)
                return text

    def hard_variant(self, text: str) -> str:
        """``text`` changed near the edges of what still matches: two or three words
        replaced, a word added and another dropped, a short fragment, or a clause with a
        typo."""
        r = self.rnd
        how = r.randint(0, 4)
        if how <= 1:
            for _ in range(2 + how):
                text = self.changed_word(text)
            return text
        words = text.split()
        if how == 2:
            words.insert(r.randint(1, len(words) - 1), r.choice(NEUTRAL))
            del words[r.randint(1, len(words) - 1)]
            return " ".join(words)
        if how == 3:
            length = r.randint(5, 7)
            start = r.randint(0, len(words) - length)
            return " ".join(words[start:start + length])
        clause = list(r.choice(self.clauses))
        spot = r.randrange(len(clause))
        clause[spot] = r.choice("abcdefghijklmnopqrstuvwxyz") if clause[spot].isalpha() else clause[spot]
        return "".join(clause)

    def changed_word(self, text: str) -> str:
        """``text`` with one lower-case, not meaning-bearing word replaced by a neutral one."""
        words = text.split()
        spots = [i for i, w in enumerate(words) if i > 0 and w.isalpha() and w.islower() and w not in SENSITIVE and len(w) > 3]
        i = self.rnd.choice(spots)
        words[i] = self.rnd.choice([n for n in NEUTRAL if fuzz.ratio(n, words[i]) < 60])
        return " ".join(words)


def build_batch(size: int, seed: int = SEED, hard: int = 0) -> tuple[list[Analysis], list[Plant]]:
    """``size`` quotes in ``size / QUOTES_PER_ARTICLE`` articles, and the planted truth.

    ``hard`` adds that many unscored pairs near the edges of matching (see
    :meth:`Generator.hard_variant`), for measuring what the index misses.
    """
    gen = Generator(seed)
    r = gen.rnd
    n_articles = max(8, size // QUOTES_PER_ARTICLE)
    slots: list[list[tuple[str, dict]]] = [[] for _ in range(n_articles)]
    people_in: list[list[tuple[Person, str]]] = [[] for _ in range(n_articles)]
    plants: list[tuple[str, int, int]] = []  # (kind, article, slot index; mention index for titles)
    planted_quotes = statements = 0
    person_cursor = 0

    def person() -> Person:
        nonlocal person_cursor
        person_cursor += 1
        return gen.people[person_cursor % len(gen.people)]

    while planted_quotes < size * PLANTED_SHARE:
        kind = KINDS[statements % len(KINDS)]
        statements += 1
        who = person()
        words = gen.sentence(negated=(kind == "negation"), min_words=14)
        base = {"speaker": None, "role": None, "outlet": r.choice(OUTLETS) if kind == "outlet" or r.random() < 0.3 else None,
                "audience": r.choice(AUDIENCES) if kind == "context" or r.random() < 0.3 else None}
        homes = r.sample(range(n_articles), 4)
        for a in homes[:r.randint(2, 3)]:
            form = r.choice(who.forms())
            slots[a].append((words, {**base, "speaker": form, "role": who.role if form.startswith(who.role) else None}))
            people_in[a].append((who, f"U.S. {who.role}" if who.role == "President" or r.random() < 0.5 else who.role))
            planted_quotes += 1
        target = homes[3]
        variant = dict(base, speaker=f"{who.first} {who.last}")
        text = words
        if kind == "speaker":
            other = person()
            variant["speaker"] = f"{other.first} {other.last}"
        elif kind == "anonymous":
            variant["speaker"] = r.choice(("a senior official", "officials", "a spokesperson", "sources"))
        elif kind == "word":
            text = gen.changed_word(words)
        elif kind == "negation":
            text = words.replace(" not ", " ", 1)
        elif kind == "truncated":
            text = r.choice(gen.clauses)
        elif kind == "outlet":
            variant["outlet"] = r.choice([o for o in OUTLETS if o != base["outlet"]])
        elif kind == "context":
            variant["audience"] = r.choice([a for a in AUDIENCES if a != base["audience"]])
        elif kind == "title":
            people_in[target].append((who, f"former {who.role}"))
        elif kind == "noise":
            ws = words.split()
            how = r.randint(0, 2)
            text = (words.upper() if how == 0 else words.replace(" ", " \u2014 ", 1).replace(".", "!")
                    if how == 1 else " ".join(ws[:4]) + " \u2026 " + " ".join(ws[6:]))
        if kind != "none":
            slots[target].append((text, variant))
            at = len(people_in[target]) - 1 if kind == "title" else len(slots[target]) - 1
            plants.append((kind, target, at))
            planted_quotes += 1

    for _ in range(hard):
        who = person()
        words = gen.sentence(min_words=14)
        first, second = r.sample(range(n_articles), 2)
        fields = {"speaker": f"{who.first} {who.last}", "role": None, "outlet": None, "audience": None}
        slots[first].append((words, fields))
        slots[second].append((gen.hard_variant(words), fields))

    for a in range(n_articles):
        while len(slots[a]) < QUOTES_PER_ARTICLE:
            who = person()
            form = r.choice(who.forms())
            slots[a].append((gen.sentence(), {
                "speaker": form, "role": who.role if form.startswith(who.role) else None,
                "outlet": r.choice(OUTLETS) if r.random() < 0.2 else None,
                "audience": r.choice(AUDIENCES) if r.random() < 0.15 else None,
            }))
            if r.random() < 0.3:
                people_in[a].append((who, r.choice((who.role, f"U.S. {who.role}"))))

    analyses: list[Analysis] = []
    located: dict[tuple[int, int], int] = {}
    mention_at: dict[tuple[int, int], int] = {}
    for a in range(n_articles):
        aid = f"art{a:07d}"
        order = list(range(len(slots[a])))
        r.shuffle(order)
        at = 0
        quotes = []
        mentions = []
        for m, (who, role) in enumerate(people_in[a]):
            written = f"{role} {who.first} {who.last}"
            mentions.append(PersonMention(aid, f"{who.first} {who.last}", role, written, at, at + len(written)))
            mention_at[(a, m)] = at
            at += len(written) + 12
        for s in order:
            words, fields = slots[a][s]
            at += len(fields["speaker"] or "") + 9
            quotes.append(Quote(article=aid, text=words, start=at, end=at + len(words),
                                fragments=(Mention(words, at, at + len(words)),), **fields))
            located[(a, s)] = at
            at += len(words) + 3
        analyses.append(Analysis(aid, tuple(quotes), tuple(mentions), published=f"2025-{3 + a % 7:02d}-{1 + a % 28:02d}"))

    truth = []
    for kind, a, s in plants:
        start = mention_at[(a, s)] if kind == "title" else located[(a, s)]
        severity = {"negation": "error", "word": "warning"}.get(kind)
        truth.append(Plant(kind, f"art{a:07d}", start, severity))
    return analyses, truth


def score(report: Report, truth: Sequence[Plant]) -> dict[str, tuple[int, int, int, int]]:
    """Per code: (true positives, findings, planted found, planted)."""
    planted_by_code: dict[str, dict[tuple[str, int], Plant]] = defaultdict(dict)
    for p in truth:
        if p.kind in CODE_OF:
            planted_by_code[CODE_OF[p.kind]][(p.article, p.start)] = p
    out = {}
    for code in CODES:
        mine = [f for f in report.findings if f.code == code]
        planted = planted_by_code[code]
        found: set[tuple[str, int]] = set()
        true_positive = 0
        for f in mine:
            hits = {(e.article, e.start) for e in f.evidence} & planted.keys()
            if hits:
                true_positive += 1
                found |= hits
        out[code] = (true_positive, len(mine), len(found), len(planted))
    noise = {(p.article, p.start) for p in truth if p.kind == "noise"}
    out["(noise: casing/punctuation/ellipsis)"] = (
        0, sum(1 for f in report.findings if {(e.article, e.start) for e in f.evidence} & noise), 0, len(noise))
    return out


def severity_agreement(report: Report, truth: Sequence[Plant]) -> tuple[int, int]:
    """Planted word changes whose wording-changed finding has the expected severity."""
    expected = {(p.article, p.start): p.severity for p in truth if p.severity}
    ok = total = 0
    for f in report.findings:
        if f.code != "wording-changed":
            continue
        for e in f.evidence:
            if (e.article, e.start) in expected:
                total += 1
                ok += f.severity == expected[(e.article, e.start)]
    return ok, total


def _spin(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - started


def parallel_speedup() -> float:
    """How much faster two busy processes get through two pieces of work than one process:
    2.0 on two real cores, about 1.0 where two logical CPUs share one core's time."""
    alone = _spin(0) + _spin(0)
    started = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        pool.map(_spin, [0, 1])
    return alone / (time.perf_counter() - started)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(size: int, workers: int) -> None:
    """One size in this process: build, check, print one result line (parsed by the parent)."""
    t0 = time.perf_counter()
    analyses, truth = build_batch(size)
    built, before = time.perf_counter() - t0, rss_mb()
    t1 = time.perf_counter()
    report = check(analyses, DEFAULT_SETTINGS, workers=workers)
    took = time.perf_counter() - t1
    quotes = sum(len(a.quotes) for a in analyses)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"RESULT {size} {quotes} {len(analyses)} {built:.1f} {took:.1f} {before:.0f} {rss_mb():.0f} {children:.0f} "
          f"{len(report.findings)} {len(report.clusters)}")
    for code, (tp, n, found, planted) in score(report, truth).items():
        print(f"SCORE {size} {code} {tp} {n} {found} {planted}")
    ok, total = severity_agreement(report, truth)
    print(f"SEVERITY {size} {ok} {total}")


def _exhaustive_chunk(args: tuple[list[str], list[int], MatchSettings]) -> list[tuple[int, int]]:
    """Every related pair whose shorter wording is in ``rows``, found without the index:
    each wording against every longer one (``keys`` sorted by plain length).

    Pairs are proposed by a condition every related pair meets — the shorter shares at
    least ``min(threshold / 100, floor / (200 − floor))`` of its characters, in order, with
    the longer (``LCSseq`` in rapidfuzz's C++ loop) — plus every pair with an ellipsis, and
    each proposal is decided by :func:`relate` itself, so "related" means the same thing
    on both sides of the comparison."""
    keys, rows, match = args
    plains = [plain(k) for k in keys]
    floor = max(match.threshold, FRAGMENT_FLOOR)
    share = min(match.threshold / 100, floor / (200 - floor))
    marked = [i for i, k in enumerate(keys) if ELLIPSIS in k]
    out = []
    for i in rows:
        later = plains[i + 1:]
        hits = process.extract(plains[i], later, scorer=LCSseq.similarity, score_cutoff=int(len(plains[i]) * share), limit=None)
        found = {i + 1 + n for _, _, n in hits} | set(marked if ELLIPSIS not in keys[i] else range(i + 1, len(keys)))
        out.extend((min(i, j), max(i, j)) for j in found if j != i and relate(keys[i], keys[j], match))
    return out


HARD_SHARE = 0.05
"""Share of the index-recall sample given a hard variant (on top of the planted ones)."""


def index_recall(size: int, workers: int = 2) -> tuple[int, int, int, float]:
    """(wordings, related pairs exhaustively, of them found by the index, seconds exhaustive)."""
    analyses, _ = build_batch(size, hard=int(size * HARD_SHARE))
    quotes = [q for a in analyses for q in a.quotes]
    match = DEFAULT_SETTINGS.match
    units = [u for u in build_units(quotes, match, [None] * len(quotes)) if u.speaker is None and u.kind == "direct"]
    keys = sorted((u.key for u in units), key=lambda k: (len(plain(k)), k))
    indexed = {(i, j) for i, j, _ in verified_pairs(keys, match)}
    t = time.perf_counter()
    rows = list(range(len(keys)))
    chunks = [(keys, rows[k::workers * 8], match) for k in range(workers * 8)]
    with multiprocessing.Pool(workers) as pool:
        exhaustive = {p for part in pool.map(_exhaustive_chunk, chunks) for p in part}
    return len(keys), len(exhaustive), len(exhaustive & indexed), time.perf_counter() - t


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--sample", type=int, default=20_000, help="size of the index-recall sample (0 skips it)")
    parser.add_argument("--workers", type=int, default=1, help="processes for matching (check()'s workers; default 1)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        run_size(args.one, args.workers)
        return

    print(f"CPU: {os.cpu_count()} logical CPUs; two busy processes run at {parallel_speedup():.2f}x one "
          "(the throughput two cores would actually give here)\n")
    scores: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    severity = [0, 0]
    print(f"{'quotes':>9} {'articles':>8} {'build s':>8} {'check s':>8} {'RSS before MB':>13} {'peak RSS MB':>11} "
          f"{'child MB':>8} {'findings':>8} {'clusters':>8}")
    extra = ["--workers", str(args.workers)]
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), *extra], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if parts[0] == "RESULT":
                _, _, quotes, arts, built, took, before, peak, child, nf, nc = parts
                print(f"{int(quotes):>9,} {int(arts):>8,} {built:>8} {took:>8} {before:>13} {peak:>11} {child:>8} "
                      f"{int(nf):>8,} {int(nc):>8,}")
            elif parts[0] == "SCORE":
                scores[" ".join(parts[2:-4])].append(tuple(map(int, parts[-4:])))
            elif parts[0] == "SEVERITY":
                severity[0] += int(parts[2])
                severity[1] += int(parts[3])

    print(f"\nPlanted truth, all sizes together ({', '.join(f'{s:,}' for s in args.sizes)} quotes):")
    print(f"{'code':<38} {'precision':>10} {'recall':>8} {'findings':>9} {'planted':>8}")
    for code, rows in scores.items():
        tp, n, found, planted = (sum(col) for col in zip(*rows))
        if code.startswith("(noise"):
            print(f"{code:<38} {'':>10} {'':>8} {n:>9} {planted:>8}   (findings touching a noise copy: want 0)")
            continue
        precision = tp / n if n else 1.0
        recall = found / planted if planted else 1.0
        print(f"{code:<38} {precision:>10.2%} {recall:>8.2%} {n:>9} {planted:>8}")
    if severity[1]:
        print(f"wording-changed severity as planted (error for a dropped negation, warning for a neutral word): "
              f"{severity[0]}/{severity[1]} = {severity[0] / severity[1]:.2%}")

    if args.sample:
        wordings, exhaustive, found, took = index_recall(args.sample)
        print(f"\nIndex recall on a {args.sample:,}-quote sample: {wordings:,} wordings, {exhaustive:,} related pairs by "
              f"exhaustive all-pairs matching ({took:.0f} s on 2 processes), {found:,} found by the index = "
              f"{found / exhaustive if exhaustive else 1:.2%}")


if __name__ == "__main__":
    main()

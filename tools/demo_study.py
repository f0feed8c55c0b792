"""A small realistic demo study (Dutch interviews, synthetic audio, a few codings) built through
the core API, for tests, screenshots and trying the editor. Everything is made up.
"""
import numpy as np

RATE = 16000

INTERVIEWS = {
    "R01": ("sekswerker", [
        ("S1", "Hoe lang werk je nu in Tilburg?"),
        ("S2", "Ongeveer zes jaar, eerst in een club en nu zelfstandig vanuit een kamer."),
        ("S2", "Wat ik merk is dat de politie vooral komt controleren, niet om te helpen."),
        ("S1", "Hoe voelt dat voor jou?"),
        ("S2", "Alsof je altijd verdacht bent, terwijl ik gewoon mijn werk doe en belasting betaal."),
        ("S2", "Bij de GGD is het anders, daar word ik serieus genomen en niet veroordeeld."),
        ("S1", "Waar ben je trots op in je werk?"),
        ("S2", "Dat ik mijn eigen grenzen bewaak en dat klanten terugkomen omdat ze zich veilig voelen."),
        ("S2", "Klanten denken soms dat alles te koop is, dat beeld klopt gewoon niet."),
        ("S1", "Wat zou er moeten veranderen?"),
        ("S2", "Een vast aanspreekpunt bij de gemeente, iemand die onze taal spreekt en niet meteen handhaaft."),
        ("S2", "En voorlichting op scholen, zodat mensen zien dat het gewoon werk is."),
        ("S2", "Agenten vragen nooit hoe het met je gaat, ze kijken alleen naar je papieren."),
    ]),
    "R02": ("politie", [
        ("S1", "Wat is uw rol in het toezicht op de prostitutie?"),
        ("S2", "Wij doen de controles op vergunningen en letten op signalen van uitbuiting."),
        ("S2", "Sekswerkers zien ons vaak als de vijand, dat begrijp ik wel maar het maakt het lastig."),
        ("S2", "Exploitanten houden zich meestal aan de regels, een enkeling niet."),
        ("S1", "Wat gaat er goed?"),
        ("S2", "De samenwerking met de hulpverlening is de laatste jaren echt beter geworden."),
        ("S2", "Misschien moeten we minder in uniform langskomen en vaker gewoon een gesprek voeren."),
        ("S2", "Veel sekswerkers wantrouwen ons, en eerlijk gezegd traden collega's vroeger ook hard op."),
    ]),
    "R03": ("gemeente", [
        ("S1", "Hoe kijkt de gemeente naar sekswerk?"),
        ("S2", "Als legaal werk dat binnen de regels moet gebeuren, zo staat het ook in het beleid."),
        ("S2", "Maar eerlijk gezegd denken veel collega's nog dat sekswerkers slachtoffers zijn."),
        ("S2", "De politie is soms strenger dan het beleid bedoelt."),
        ("S1", "Welke oplossingen ziet u?"),
        ("S2", "Een klankbordgroep met sekswerkers zelf, zodat beleid niet over hen maar met hen gemaakt wordt."),
    ]),
    "R04": ("hulpverlening", [
        ("S1", "Wat doet uw organisatie voor sekswerkers?"),
        ("S2", "Wij bieden spreekuren, hulp bij uitstappen en gewoon een plek om even te zitten."),
        ("S2", "Sekswerkers zijn ontzettend weerbaar, dat zie je in de media bijna nooit terug."),
        ("S2", "De gemeente denkt vaak in vergunningen en niet in mensen."),
        ("S2", "Ik ben trots op ons inloopspreekuur, daar komen inmiddels veertig vrouwen per maand."),
        ("S2", "Agenten zijn soms bot, maar de wijkagent hier is echt betrokken."),
    ]),
}

CODINGS = [  # participant, segment index, code, phrase, about role
    ("R01", 2, "beeldvorming", "de politie vooral komt controleren, niet om te helpen", "politie"),
    ("R01", 4, "beeldvorming", "Alsof je altijd verdacht bent", "sekswerker"),
    ("R01", 5, "beeldvorming", "daar word ik serieus genomen en niet veroordeeld", "ggd"),
    ("R01", 7, "trots", "Dat ik mijn eigen grenzen bewaak", None),
    ("R01", 8, "beeldvorming", "Klanten denken soms dat alles te koop is", "klant"),
    ("R01", 10, "oplossingen", "Een vast aanspreekpunt bij de gemeente", None),
    ("R01", 11, "oplossingen", "voorlichting op scholen", None),
    ("R02", 2, "beeldvorming", "Sekswerkers zien ons vaak als de vijand", "sekswerker"),
    ("R02", 3, "beeldvorming", "Exploitanten houden zich meestal aan de regels", "exploitant"),
    ("R02", 5, "trots", "De samenwerking met de hulpverlening is de laatste jaren echt beter geworden", None),
    ("R02", 6, "oplossingen", "vaker gewoon een gesprek voeren", None),
    ("R03", 2, "beeldvorming", "denken veel collega's nog dat sekswerkers slachtoffers zijn", "sekswerker"),
    ("R03", 3, "beeldvorming", "De politie is soms strenger dan het beleid bedoelt", "politie"),
    ("R03", 5, "oplossingen", "Een klankbordgroep met sekswerkers zelf", None),
    ("R04", 2, "beeldvorming", "Sekswerkers zijn ontzettend weerbaar", "sekswerker"),
    ("R04", 3, "beeldvorming", "De gemeente denkt vaak in vergunningen en niet in mensen", "gemeente"),
    ("R04", 4, "trots", "Ik ben trots op ons inloopspreekuur", None),
    ("R01", 12, "beeldvorming", "Agenten vragen nooit hoe het met je gaat", "politie"),
    ("R02", 7, "beeldvorming", "Veel sekswerkers wantrouwen ons", "sekswerker"),
    ("R04", 5, "beeldvorming", "Agenten zijn soms bot, maar de wijkagent hier is echt betrokken", "politie"),
]


def timed_segments(lines, seed: int = 0, start: float = 0.5):
    """Segments with word timings and probabilities (some low) for lines of (speaker, text)."""
    rng = np.random.default_rng(seed)
    t, out = start, []
    for speaker, text in lines:
        words, seg_start = [], t
        for word in text.split():
            d = 0.18 + 0.045 * len(word)
            prob = float(rng.choice([rng.uniform(0.25, 0.48), rng.uniform(0.8, 0.99)], p=[0.08, 0.92]))
            words.append([round(t, 2), round(t + d, 2), " " + word, round(prob, 2)])
            t += d + 0.06
        out.append({"start": round(seg_start, 2), "end": round(t, 2), "speaker": speaker, "text": text, "words": words,
                    "confidence": float(np.mean([w[3] for w in words]))})
        t += 0.6
    return out, t + 0.5


def speechlike(segments, duration: float, seed: int = 0) -> np.ndarray:
    """A speech-like signal (shaped noise bursts per word) of `duration` seconds, int16."""
    rng = np.random.default_rng(seed)
    n = int(duration * RATE)
    env = np.zeros(n, dtype=np.float32)
    for seg in segments:
        for w in seg["words"]:
            a, b = int(w[0] * RATE), int(w[1] * RATE)
            env[a:b] = np.hanning(max(1, b - a)) * rng.uniform(0.3, 1.0)
    t = np.arange(n) / RATE
    voice = np.sin(2 * np.pi * 140 * t) + 0.5 * np.sin(2 * np.pi * 280 * t) + 0.4 * rng.standard_normal(n)
    return (voice * env * 6000).astype(np.int16)


def consent(study, code: str) -> None:
    """Record written consent to every item of the current form."""
    ledger = study.consent
    items = {int(i["number"] if isinstance(i, dict) and "number" in i else n + 1): True
             for n, i in enumerate(ledger.current_form()["items"])}
    ledger.record(code, items, method="written", researcher="demo")


def build_demo(study, *, codings: bool = True) -> dict[str, int]:
    """Fill `study` with the demo interviews; returns {participant code: interview id}."""
    ids = {}
    for n, (code, (role, lines)) in enumerate(INTERVIEWS.items()):
        participant = study.participants.add(code, role)
        consent(study, code)
        iid = study.interviews.create(code, date=f"2026-10-{10 + n:02d}", interviewer="Onderzoeker A", location="Tilburg")
        segs, duration = timed_segments(lines, seed=n)
        rid = study.recordings.add_pcm(interview_id=iid, participant_id=participant["id"], pcm=speechlike(segs, duration, n), sample_rate=RATE)
        if code == "R01":
            study.recordings.set_markers(rid, [{"time": 8.0, "label": "politie"}, {"time": 30.0, "label": "GGD"}])
        tid = study.transcripts.begin(iid, model="demo", language="nl", recording_id=rid)
        study.transcripts.append_segments(tid, segs, duration)
        study.transcripts.complete(tid)
        study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
        ids[code] = iid
    if codings:
        add_demo_codings(study, ids)
    return ids


def add_demo_codings(study, ids: dict[str, int]) -> None:
    for code, index, key, phrase, about in CODINGS:
        tid = study.transcripts.for_interview(ids[code]).id
        seg = study.transcripts.segments(tid)[index]
        lo = seg.text.index(phrase)
        study.codings.add(tid, key, (seg.id, lo), (seg.id, lo + len(phrase)), about_role=about,
                          memo="Terugkerend thema in de klankbordgroep." if (code, index) == ("R01", 2) else "")

"""Which words are ordinary Dutch, so that a name detector working on lower-case text leaves them alone.

`resources/nl_words.txt.gz` is the lower-case part of the OpenTaal word list (Debian's `wdutch`,
BSD / CC-BY 3.0, (c) OpenTaal), words of at most 14 letters, made with:

    grep -v '^[A-Z]' /usr/share/dict/dutch | grep -v ' ' | awk 'length($0)<=14' | LC_ALL=C sort -u | gzip -9n

OpenTaal also lists many first names in lower case (jan, peter, kees: "jan-en-alleman", "peter",
"keeshond"), so for first names the list is not enough: `EVERYDAY` holds the first names that are
everyday words in an interview; any other first name counts as a name.
"""
import gzip
import threading

from resources import resource_path

# First names in deduce's list that are everyday words in spoken Dutch.
EVERYDAY = frozenset("""
aan aard adem al alle allen anders april armen baan beer beren bent bloem bouwen broer bruin burger cent constant
date de dik door duurt engel fan fee fijn fine gul gulden hang hart helder hoi hok hope huis jarig jouw juli kader
kam kar kas kei kien kier kik kin klaar kok koop lam leen lei lente lieve lot luis maan man mans mee mei men min
mint mus nader nadien nam onder ouwe parel peer pel pep pui raaf ram rem rijk roos rover sla star storm tak tam tien
tin tong van veer vlinder vos wil wilt win winter witte wolf zilver zomer zus zusje zwaan zweer ben dan door hee
ho on to he per sen son sent mee kee tan long wan vin wie ze hier daar erin
""".split())

_words: frozenset | None = None
_lock = threading.Lock()


def lexicon() -> frozenset:
    """The ordinary (lower-case) Dutch words, loaded once per process."""
    global _words
    with _lock:
        if _words is None:
            with gzip.open(resource_path("nl_words.txt.gz"), "rt", encoding="utf-8") as f:
                _words = frozenset(line.strip() for line in f if line.strip())
        return _words


def is_ordinary(word: str) -> bool:
    """Whether a word (any case) is an ordinary Dutch word."""
    return word.casefold() in lexicon()

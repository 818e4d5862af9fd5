"""Given names: the common English variants and nicknames of one name, and common women's names.

Facts about names, not about any story: `Bill Gates` and `William Gates` name one person,
`Mrs Clinton` is more likely `Hillary Clinton` than `Bill Clinton`.
"""

from __future__ import annotations

# One line per name: its variants and nicknames (folded, lowercase).
_VARIANT_GROUPS = """
william bill billy will willy liam
robert bob bobby rob robbie bert
richard dick rick ricky rich richie
james jim jimmy jamie
john jack johnny jon
jonathan jon jonny
michael mike mikey mick mickey
stephen steven steve stevie
thomas tom tommy
joseph joe joey
charles charlie chuck chas
edward ed eddie ted ted teddy ned
anthony tony antony
andrew andy drew
alexander alex al sasha
daniel dan danny
david dave davey
christopher chris kit
nicholas nick nicky
matthew matt
benjamin ben benny
samuel sam sammy
timothy tim timmy
patrick pat paddy
peter pete
kenneth ken kenny
ronald ron ronnie
donald don donnie
gerald gerry jerry
lawrence larry laurence
frederick fred freddie
henry harry hank
theodore ted teddy theo
vladimir vlad volodymyr
nikolai nikolay nicolai
sergei sergey serge
mohammed muhammad mohamed mohammad muhammed
elizabeth liz lizzie beth betty eliza
margaret maggie meg peggy
katherine catherine kate katie kathy cathy kathryn
jennifer jen jenny
rebecca becky
susan sue susie suzanne
patricia pat patty trish
deborah debbie deb
victoria vicky tori
christine chris chrissie christina
alexandra alex sandra
hillary hilary
""".strip().splitlines()


def _variant_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for line in _VARIANT_GROUPS:
        names = line.split()
        for name in names:
            keys.setdefault(name, names[0])  # a nickname shared by two groups keeps the first
    return keys


_KEYS = _variant_keys()


def given_name_key(name: str) -> str:
    """The full form a given name or nickname stands for (`bill` -> `william`), else itself."""
    return _KEYS.get(name, name)


FEMALE_GIVEN_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole ruth katherine samantha christine emma catherine debra virginia
    rachel carolyn janet maria heather diane julie joyce victoria kelly christina joan
    evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean
    alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa
    beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia
    alexis lori kayla jane hillary hilary angela condoleezza madeleine theresa nancy
    angela ursula christine kamala sonia indira benazir golda julia jacinda sanna
    marine segolene yulia ingrid birgit hanna monica sheryl marissa meg ginni indra mary
    oprah beyonce rihanna madonna serena venus michelle melania
    ivanka chelsea camilla diana kate meghan elena irina natalia olga svetlana tatiana
    yingluck fatima aisha leila nadia amina
    """.split()
)

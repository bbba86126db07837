#!/usr/bin/env python3
"""Generates app/src/main/resources/identity/common-passwords.txt: guessable passwords built from public
knowledge of how people choose them (common words and names, keyboard walks, digit runs, years, the usual
suffixes). Written for Mamori; not copied from any leaked or licensed list. Entries are lower case; the
checker compares case-insensitively. Only entries of 12+ characters are kept: shorter ones are refused
by the length rule anyway."""
import itertools, pathlib

words = """password passw0rd p@ssword p@ssw0rd letmein welcome welcome1 admin administrator root master
qwerty iloveyou dragon monkey sunshine princess football baseball soccer shadow superman batman
trustno1 starwars freedom whatever michael jennifer jordan hunter ranger buster thomas robert daniel
charlie george summer winter spring autumn secret access login changeme default guest system server
computer internet security manager office tokyo osaka kyoto nagoya yokohama sapporo fukuoka okayama
sakura tanaka suzuki satou sato takahashi watanabe itou ito yamamoto nakamura kobayashi katou kato
yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda
hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo ishii saito sakamoto endo aoki
fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa doraemon pikachu pokemon totoro
naruto gundam anpanman hello kitty hellokitty arigatou ohayou konnichiwa sayonara daisuki aishiteru
nihon nippon japan fujisan ramen sushi tamago neko inu usagi kuma tora ryuu dragonball onepiece
yakuin yakuba shiyakusho kuyakusho chouyakuba jimukyoku soumuka zeimuka jyuumin kenkou fukushi
kyouiku gikai kikaku zaisei keiri jinji koseki nenkin hoken suidou gesui doboku kensetsu nougyou
shoukou kankou kouhou bousai kikikanri jouhou seisaku denwa mynumber mainanba lgwan intranet
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december love lover loveyou family mother father baby angel
flower orange banana apple cherry chocolate coffee cookie pepper silver golden diamond crystal
blue red green black white purple yellow pink tiger lion eagle falcon wolf bear killer ninja samurai
samsung google yahoo facebook twitter instagram microsoft windows linux ubuntu oracle
""".split()
walks = """qwertyuiop asdfghjkl zxcvbnm qwertyuiopasdfghjkl qazwsxedc qazwsxedcrfv 1qaz2wsx 1qaz2wsx3edc
1qaz2wsx3edc4rfv zaq12wsx zaq1xsw2 qweasdzxc qweasd qwerasdf qwerasdfzxcv asdfqwer poiuytrewq
lkjhgfdsa mnbvcxz 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y qwer1234 asdf1234 zxcv1234 !qaz@wsx qwertyui
asdfghjk abcdefgh abcdefghijkl abcdefghijklmnop abcd1234 abc123abc123 aaaaaaaaaaaa asdasdasdasd
qweqweqweqwe 123qweasdzxc 1234qwerasdf qwerty123456 qwertyqwerty asdfasdfasdf zxczxczxczxc""".split()
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "1!", "123!", "@123", "#1", "01",
            "001", "007", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "0000", "1111",
            "1qaz", "qwerty", "pass", "password"]
years = [str(y) for y in range(1950, 2031)]
out = set()
digits = "1234567890"
for n in range(12, 21):
    out.add((digits * 3)[:n])
    out.add(("0987654321" * 3)[:n])
    for d in digits:
        out.add(d * n)
    out.add(("12" * 10)[:n]); out.add(("123" * 7)[:n]); out.add(("1234" * 5)[:n]); out.add(("abc" * 7)[:n])
for w in words + walks:
    for s in suffixes:
        out.add(w + s)
    for y in years:
        out.add(w + y); out.add(y + w)
    out.add(w + w); out.add(w + "_" + w); out.add(w + w + "1")
for a, b in itertools.product(["password", "qwerty", "admin", "welcome", "iloveyou", "letmein", "mamori"], words[:60]):
    out.add(a + b); out.add(b + a)
for y in years:
    out.add("password" + y + "!"); out.add("p@ssw0rd" + y); out.add("welcome" + y + "!")
kept = sorted(p for p in out if len(p) >= 12)
pathlib.Path(__file__).resolve().parent.parent.joinpath(
    "src/main/resources/identity/common-passwords.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
print(len(kept))

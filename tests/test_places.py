"""Place divergences the judge missed (session 26): a named thing put in two
places, a stretch between two different ends, numbered parts and storeys; and
near misses that must stay corroborated (one side more specific than the other)."""

import datetime as dt

import pytest

from claimcheck import judge
from claimcheck.extract import extract_slots
from claimcheck.records import Claim, Kind, Sentence


def claim(text, source="A", anchor=dt.date(2024, 3, 20)):
    return Claim(Sentence(source, 0, 0, len(text), text), extract_slots(text, anchor=anchor))


def place(a, b):
    return judge.place_differs(claim(a, "A"), claim(b, "B"))


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new134: one church, two towns GeoNames knows
        (
            "Bombs struck St Sebastian's Church in Negombo and Zion Church in Batticaloa.",
            "A bomber walked into Zion Church, an evangelical church in Trincomalee.",
            ("Batticaloa", "Trincomalee"),
        ),
        # new119: one air base, two regions
        (
            "Other targets included Olenya air base in the Murmansk region, in Russia's far north.",
            "Olenya air base, in the Arkhangelsk region, was also hit.",
            ("Murmansk", "Arkhangelsk"),
        ),
        # new136: one street, two towns GeoNames does not know
        (
            "The building stands on Collins Avenue in Surfside, a small town north of Miami Beach.",
            "Champlain Towers South stood at 8777 Collins Avenue in Bal Harbour.",
            ("Surfside", "Bal Harbour"),
        ),
    ],
)
def test_one_named_thing_put_in_two_places(a, b, values):
    found = place(a, b)
    assert found is not None and found.kind is Kind.PLACE
    assert (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other side only says which country or region holds the town
        ("A bomb struck Zion Church in Batticaloa.", "A bomb struck Zion Church in Sri Lanka."),
        (
            "The jet crashed at Muan International Airport in South Korea's southwest.",
            "The jet crashed at Muan International Airport, in South Jeolla province.",
        ),
        # a known town against a name GeoNames does not know: maybe a part of it
        (
            "Champlain Towers South in Surfside partly collapsed.",
            "Champlain Towers South in Miami partly collapsed.",
        ),
        # one side more specific, or the same place twice
        ("The talks were held at the Kremlin in Moscow.", "The talks were held at the Kremlin."),
        ("Putin met him at the Kremlin.", "Putin met him in Moscow."),
        ("A drone hit a village near Kyiv.", "A drone hit a village in the Kyiv region."),
        (
            "Olenya air base in the Murmansk region was hit.",
            "Olenya air base, on the Kola Peninsula in the Murmansk region, was hit.",
        ),
    ],
)
def test_a_more_specific_place_is_no_conflict(a, b):
    assert place(a, b) is None
    assert place(b, a) is None


def test_a_stretch_between_two_different_ends():
    """new214, new135: "between King's Cross and Russell Square" vs "between
    Russell Square and Holborn": one end shared, the other not."""
    found = place(
        "The bomb hit a Piccadilly line train in a tunnel between King's Cross and Russell Square.",
        "The bomb tore through a Piccadilly line train in the tunnel between Russell Square and "
        "Holborn.",
    )
    assert found is not None and found.kind is Kind.PLACE
    assert found.value_b == "between Russell Square and Holborn"
    stations = place(
        "The stretch that failed lies between the Olivos and Tezonco stations on Line 12.",
        "The span ran between Tezonco and Periférico Oriente stations.",
    )
    assert stations is not None and stations.kind is Kind.PLACE
    # The same ends in the other order; two countries are parties, not ends.
    assert (
        place(
            "The bomb struck a train in the tunnel between King's Cross and Russell Square.",
            "The bomb struck a train in the tunnel between Russell Square and King's Cross.",
        )
        is None
    )
    assert (
        place(
            "Talks between Russia and Ukraine resumed in Istanbul.",
            "Talks between Russia and Belarus resumed in Istanbul.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new163: a nuclear plant's Unit 3 is its reactor No. 3
        (
            "A fire broke out at reactor No. 4, where spent fuel is stored.",
            "Fire also broke out at the spent fuel pool of Unit 3.",
            ("Reactor 4", "Reactor 3"),
        ),
        # new39
        (
            "The coast guard aircraft was told to taxi to holding point C5, short of the runway.",
            "The coast guard plane was instructed to taxi to holding point C1.",
            ("Holding point C5", "Holding point C1"),
        ),
        # new91: storeys, as ordinals, "level" or "floor"
        (
            "Inspector Amy Scott confronted the attacker on the fifth level.",
            "Inspector Amy Scott confronted Cauchi on the third floor and shot him.",
            ("Floor 5", "Floor 3"),
        ),
    ],
)
def test_numbered_parts_and_storeys(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A fire broke out at reactor No. 4.", "A fire broke out at Unit 4 of the plant."),
        (
            "Inspector Amy Scott confronted the attacker on the fifth level.",
            "Inspector Amy Scott confronted the attacker on the 5th floor.",
        ),
        # one storey the other side also names
        (
            "The fire started on the third floor and spread to the fifth floor.",
            "The fire started on the fifth floor.",
        ),
    ],
)
def test_the_same_numbered_part_is_no_conflict(a, b):
    assert place(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new52: a square typed as an organisation
        (
            "Graham Smith was among those detained near Trafalgar Square before the procession.",
            "Graham Smith, Republic's chief executive, was arrested in Parliament Square.",
            ("Trafalgar Square", "Parliament Square"),
        ),
        # new90: blocks of one estate typed as organisations
        (
            "The flames began on bamboo scaffolding outside Wang Tai House, one of the eight blocks.",
            "It started at the foot of Wang Cheong House, one of the estate's eight towers.",
            ("Wang Tai House", "Wang Cheong House"),
        ),
        # new93: roads typed as people
        (
            "Several hundred people marched to a mosque on St Luke's Road and hurled bricks.",
            "Rioters laid siege to the mosque on Sussex Road, pelting officers with bricks.",
            ("St Luke's Road", "Sussex Road"),
        ),
        # new33: two palaces, not two people
        (
            "Axelle Saint-Cirel sang La Marseillaise from the roof of the Grand Palais.",
            "Axelle Saint-Cirel sang La Marseillaise from the roof of the Petit Palais.",
            ("Grand Palais", "Petit Palais"),
        ),
    ],
)
def test_two_named_sites_of_one_kind_whatever_their_type(a, b, values):
    found = judge.find_conflict(claim(a, "A"), claim(b, "B"))
    assert found is not None and found.kind is Kind.PLACE
    assert (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Protesters gathered in Parliament Square.", "Protesters gathered in Parliament Square."),
        (
            "Rioters attacked the mosque on Sussex Road.",
            "Rioters attacked the Southport mosque on Sussex Road.",
        ),
        # the site and a building on it
        (
            "Protesters gathered in Parliament Square.",
            "Protesters gathered outside Parliament in Parliament Square, Westminster.",
        ),
    ],
)
def test_one_named_site_is_no_conflict(a, b):
    assert place(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new260: the kind written past a word of its own ("stock exchange")
        (
            "Twitter's shares were suspended from trading on the New York Stock Exchange on Friday.",
            "Twitter's shares were suspended on the Nasdaq stock exchange ahead of their removal.",
            ("New York Stock Exchange", "Nasdaq"),
        ),
        # new203, new179: the kind in an appositive ("a small hotel in Gonesse")
        (
            "The supersonic jet slammed into the Hotelissimo, a small hotel in Gonesse.",
            "The aircraft came down on the Relais Bleu hotel, beside the N17 road.",
            ("Hotelissimo", "Relais Bleu"),
        ),
        # new259: German names that end in their kind
        (
            "A memorial service will be held at Duisburg's Salvatorkirche next Saturday.",
            "A memorial service is planned for Saturday at the Liebfrauenkirche in Duisburg.",
            ("Salvatorkirche", "Liebfrauenkirche"),
        ),
    ],
)
def test_two_sites_of_one_kind_told_past_the_name(a, b, values):
    found = judge.find_conflict(claim(a, "A"), claim(b, "B"))
    assert found is not None and found.kind is Kind.PLACE
    assert (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Twitter's shares were suspended from trading on the New York Stock Exchange.",
            "Twitter's shares were suspended on the New York stock exchange on Friday.",
        ),
        (
            "A memorial service will be held at Duisburg's Salvatorkirche next Saturday.",
            "A memorial service is planned for Saturday at the Salvatorkirche in Duisburg.",
        ),
        (
            "The jet slammed into the Hotelissimo, a small hotel in Gonesse.",
            "The aircraft came down on the Hotelissimo hotel in Gonesse.",
        ),
        # an opening place, then the sentence's subject: no appositive
        (
            "On Grand Bahama, the international airport was under six feet of water.",
            "In Freeport, the airport was submerged under about 1.8 metres of water.",
        ),
        (
            "In Freeport, an airport was flooded on Monday.",
            "On Grand Bahama, a hotel was flooded on Monday.",
        ),
        # a preposition is no modifier of the kind ("under house arrest")
        (
            "Navalny was placed under house arrest in Moscow.",
            "Navalny was moved under house arrest to Moscow.",
        ),
    ],
)
def test_a_kind_told_past_the_name_of_one_site_is_no_conflict(a, b):
    assert place(a, b) is None


def test_compound_and_described_kinds():
    assert judge._compound_facility("Liebfrauenkirche") == "church"
    assert judge._compound_facility("Kirche") is None  # the kind alone names no site
    assert judge._compound_facility("Frankfurt Hauptbahnhof") is None
    text = "It landed near Gonesse, a town with an airport."
    assert judge._described_facility(text, text.index(",")) is None


def test_a_titled_person_named_like_a_site_is_no_site():
    """ "Dr Gregory House" is a person, whatever his surname says."""
    found = judge.find_conflict(
        claim("Dr Gregory House treated him.", "A"), claim("Dr James House treated him.", "B")
    )
    assert found is None or found.kind is not Kind.PLACE
    assert place("Dr Gregory House treated him.", "Dr James House treated him.") is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new152: a hospital named after its town against a hospital in another
        (
            "All 13 have been taken by helicopter and ambulance to Chiang Rai Prachanukroh Hospital.",
            "All 13 were flown to a hospital in Chiang Mai.",
            ("Chiang Rai Prachanukroh Hospital", "a hospital in Chiang Mai"),
        ),
        # new66
        (
            "At Naypyitaw's international airport, the control tower was brought down.",
            "The control tower at Mandalay International Airport was toppled by the quake.",
            ("Naypyitaw's international airport", "Mandalay International Airport"),
        ),
    ],
)
def test_facilities_in_two_towns(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "All 13 have been taken to Chiang Rai Prachanukroh Hospital.",
            "All 13 were taken to a hospital in Chiang Rai.",
        ),
        (
            "The tower at Mandalay International Airport fell.",
            "The tower at Mandalay's airport fell.",
        ),
        # an airport named after a city it lies outside
        (
            "Passengers were stranded at London Gatwick Airport.",
            "Passengers were stranded at an airport in Crawley.",
        ),
    ],
)
def test_a_facility_in_its_own_town_is_no_conflict(a, b):
    assert place(a, b) is None


def test_two_regencies_are_two_regions():
    """new205: "Padang Pariaman district" vs "Agam regency"."""
    found = place(
        "In the hills of Padang Pariaman district, landslides buried several villages.",
        "Landslides buried three hillside villages in Agam regency.",
    )
    assert found is not None and (found.value_a, found.value_b) == ("Padang Pariaman", "Agam")
    assert (
        place(
            "Landslides buried villages in Agam regency.",
            "Landslides buried villages near Lubuk Basung in Agam regency.",
        )
        is None
    )


def test_a_landfall_on_an_island_is_where_it_happened():
    """new210: "a second landfall on Marco Island" vs "at Naples"."""
    found = place(
        "The storm made a second landfall on Marco Island at 3:35 p.m.",
        "It made a second landfall at Naples that afternoon.",
    )
    assert found is not None and (found.value_a, found.value_b) == ("Marco Island", "Naples")
    assert (
        place("It made landfall on Marco Island, Florida.", "It made landfall on Marco Island.")
        is None
    )
    assert place("It made landfall on Marco Island.", "It made landfall in Florida.") is None


def test_two_quays_are_two_places_not_two_people():
    """new64: "on the Quai François-Mitterrand" vs "on the Quai du Louvre" (the
    kind of street written first, as in French)."""
    found = judge.find_conflict(
        claim(
            "The gang parked a truck with a furniture lift on the Quai François-Mitterrand.", "A"
        ),
        claim(
            "The truck had been parked on the Quai du Louvre, beneath the gallery's windows.", "B"
        ),
    )
    assert found is not None and found.kind is Kind.PLACE
    assert (
        place(
            "The gang parked a truck on the Quai du Louvre.",
            "The truck had been parked on the Quai du Louvre, beneath the windows.",
        )
        is None
    )


def test_sides_of_one_town_a_right_angle_apart():
    """new126, new56: "north-west of the city of Herat" vs "south-west of Herat
    city"; "south-east of Bornholm" vs "south-west of Bornholm"."""
    found = place(
        "It struck about 40 kilometres northwest of the city of Herat, the USGS said.",
        "Its epicentre lay about 40 kilometres south-west of Herat city, according to the USGS.",
    )
    assert found is not None and (found.value_a, found.value_b) == (
        "northwest of Herat",
        "south-west of Herat",
    )
    assert place(
        "The first blast was centred south-east of Bornholm.",
        "The first detonation struck south-west of Bornholm.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 45 degrees apart: one place seen two ways
        ("Its epicentre lay 40 km north of Herat.", "Its epicentre lay 40 km north-west of Herat."),
        (
            "Its epicentre lay 40 km north-northwest of Herat.",
            "Its epicentre lay 40 km west of Herat.",
        ),
        # where a stretch starts
        (
            "Debris fell along a path more than 100 miles long, from south of Dallas toward "
            "the Louisiana border.",
            "The debris field extends roughly 240 km from east of Dallas into western Louisiana.",
        ),
    ],
)
def test_sides_close_together_or_of_a_stretch_are_no_conflict(a, b):
    assert place(a, b) is None


def test_streets_of_every_kind_are_one_kind():
    """A draft's "the rue de Rivoli" against a source's "the Quai du Louvre"
    (new64): two streets, whatever each calls itself."""
    found = place(
        "The truck was parked on the rue de Rivoli, on the north side of the museum.",
        "The truck had been parked on the Quai du Louvre, beneath the gallery's windows.",
    )
    assert found is not None and found.value_b == "Quai du Louvre"
    assert (
        place(
            "The truck was parked on the rue de Rivoli.",
            "The truck was parked on the Rue de Rivoli, near the museum.",
        )
        is None
    )


def test_opposite_sides_of_a_town_are_left_to_direction_differs():
    """ "passed east of Tallahassee" vs "west of Tallahassee" is a direction;
    as a place it would also read as another place in a check's dissent."""
    a = claim("The eye passed east of Tallahassee.", "A")
    b = claim("The eye passed west of Tallahassee.", "B")
    assert judge.place_differs(a, b) is None
    assert judge.find_conflict(a, b).rule == "direction_differs"


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new207: where the flight set out from, two towns GeoNames knows
        (
            "The flight, EK521, had departed from Thiruvananthapuram in Kerala earlier in the day.",
            "The Boeing 777-300 was operating from Kochi in the southern Indian state of Kerala.",
            ("Thiruvananthapuram", "Kochi"),
        ),
        (
            "The train had departed from Lyon shortly after dawn.",
            "The train, which had left Marseille at 6 a.m., was carrying 300 passengers.",
            ("Lyon", "Marseille"),
        ),
        # new123: the start was near a town on one side; "left" names it on the other
        (
            "Survivors said the boat had set off from a beach near Benghazi, in eastern Libya.",
            "It had left Tobruk, in eastern Libya, on June 10, heading for Italy.",
            ("Benghazi", "Tobruk"),
        ),
    ],
)
def test_two_towns_set_out_from(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one town, two names
        ("The flight departed from Bombay at noon.", "The flight departed from Mumbai at noon."),
        # a borough and its city: one side more specific
        ("The ferry sailed from Manhattan at dawn.", "The ferry sailed from New York at dawn."),
        # an airport GeoNames does not know against its town
        (
            "The jet took off from Heathrow on Monday night.",
            "The jet took off from London on Monday night.",
        ),
        # the other side names the town too, elsewhere
        (
            "The plane took off from Kochi and landed in Dubai.",
            "The plane landed in Dubai after a flight from Kochi, not from Chennai.",
        ),
    ],
)
def test_one_start_is_no_conflict(a, b):
    assert place(a, b) is None


def test_from_without_a_journey_is_no_start():
    """ "away from Frankfurt", "a statement from Moscow": no one set out from there."""
    assert dict(judge._origins(claim("The council met in Vilnius, away from Frankfurt."))) == {}
    assert dict(judge._origins(claim("A statement from Moscow denied the report."))) == {}
    assert dict(judge._origins(claim("The flight left Dublin for London."))) == {"Dublin": "town"}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new157: a town GeoNames knows against one it does not, both "near"
        (
            "Maria came ashore near Humacao on Wednesday morning, the strongest storm to strike "
            "Puerto Rico in 90 years.",
            "The eye came ashore near Yabucoa, on the south-east coast, at 6:15 a.m.",
            ("Humacao", "Yabucoa"),
        ),
        # new220: a town whose name holds a feature's word ("Bay City") is still a town
        (
            "One of the reactors at the South Texas Project nuclear plant near Bay City shut down.",
            "Unit 1 of the South Texas Project, near Glen Rose, tripped at 5:37 a.m.",
            ("Bay City", "Glen Rose"),
        ),
        # new204: the other side's place measured from a city it also names
        (
            "The Queen of the Sea, a crowded coastal train, was swept off the tracks near Matara, "
            "killing about 1,500 people.",
            "A crowded passenger train on the coastal line was overturned by the waves near "
            "Hikkaduwa, south of Colombo, and hundreds of bodies were feared trapped inside.",
            ("Matara", "Hikkaduwa"),
        ),
    ],
)
def test_two_settlements_the_thing_was_near(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # new07: a beach, a key or an island may lie near the other side's town
        (
            "Idalia made landfall near Keaton Beach in Florida's Big Bend region.",
            "Idalia came ashore near Perry, in the Big Bend area of Florida.",
        ),
        (
            "The storm came ashore near Sanibel Island on Wednesday.",
            "The storm came ashore near Punta Gorda on Wednesday.",
        ),
        # a capital against a landmark near it: one side more specific
        ("A drone exploded near the Kremlin overnight.", "A drone exploded near Moscow overnight."),
        # the other side names the place too
        (
            "The plane crashed near Yabucoa, not far from Humacao.",
            "The plane crashed near Humacao.",
        ),
        # one town, two spellings
        ("The bus overturned near Bishkek.", "The bus overturned near Biskek."),
    ],
)
def test_one_place_near_is_no_conflict(a, b):
    # (other rules may still set "Sanibel Island" against "Punta Gorda")
    assert judge._near_places_apart(claim(a, "A"), claim(b, "B")) is None


def test_a_beach_near_the_other_town_stays_corroborated():
    """new07's "near Keaton Beach" vs "near Perry": 20 miles apart, one landfall."""
    assert (
        place(
            "Idalia made landfall near Keaton Beach in Florida's Big Bend region on Wednesday.",
            "Idalia came ashore as a major hurricane near Perry, in the Big Bend area of Florida.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new130: "the district of Surkhet" is a place, set against "in Jumla"
        (
            "Khatiwada had been widowed in 2006, when her husband was killed in a Yeti crash in "
            "the western district of Surkhet.",
            "Khatiwada's husband, Dipak Pokhrel, died when a Yeti Airlines Twin Otter crashed in "
            "Jumla in 2006.",
            ("Surkhet", "Jumla"),
        ),
        # new173: "the hills of Poboya" against "at Pantoloan"
        (
            "Volunteers began lowering the dead into a single mass grave dug at Pantoloan, north "
            "of the city.",
            "Officials said the dead would be buried in a single mass grave being dug in the hills "
            "of Poboya, east of Palu.",
            ("Pantoloan", "Poboya"),
        ),
    ],
)
def test_a_place_named_as_an_area_of_it(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new104: a town named before the prison, which the extractor left untyped
        (
            "The discovery that Fito had escaped from a maximum-security prison in Latacunga.",
            "Authorities discovered that Fito was missing from his cell in a Guayaquil prison.",
            ("Latacunga", "Guayaquil"),
        ),
    ],
)
def test_a_place_named_before_its_site(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the town lies in the state: one side more specific
        (
            "He has been held in a Florida jail since August.",
            "He has been held at the county jail in Miami since August.",
        ),
        # one town both sides
        (
            "He escaped from a Guayaquil prison on Sunday.",
            "He escaped on Sunday from a prison in Guayaquil.",
        ),
    ],
)
def test_a_site_in_one_place_is_no_conflict(a, b):
    assert place(a, b) is None


def test_a_name_before_a_person_is_no_site():
    assert dict(judge._located(claim("He spoke to a Boston reporter on Monday."))) == {}
    assert dict(judge._located(claim("He was treated in a Boston hospital."))) == {"Boston": "town"}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new206: one kind of authority, of two towns (one GeoNames does not know)
        (
            "Prosecutors in Bonneville have opened a manslaughter investigation.",
            "Prosecutors in Annecy have opened a manslaughter inquiry.",
            ("Bonneville", "Annecy"),
        ),
        # new34: the place before "police" on one side, after "Police in" on the other
        (
            "Ras Al Khaimah police said a man in his 70s died when his car was swept away.",
            "Police in Fujairah said a man in his 70s died when his car was swept away.",
            ("Ras Al Khaimah", "Fujairah"),
        ),
        # new94: two regions' authorities
        (
            "The authorities in the neighbouring Belgorod region ordered evacuations from the "
            "Krasnaya Yaruga district.",
            "The authorities in the neighbouring Bryansk region also ordered evacuations.",
            ("Belgorod", "Bryansk"),
        ),
        (
            "Police in Lyon said two men had been arrested.",
            "Grenoble police said two men had been arrested.",
            ("Lyon", "Grenoble"),
        ),
    ],
)
def test_authorities_of_two_places(a, b, values):
    found = place(a, b)
    assert found is not None and (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a borough of the city: one side more specific
        ("Police in Brooklyn said two men were held.", "New York police said two men were held."),
        # a capital against a name GeoNames does not know: maybe one of its districts
        ("Police in Soho said two men were held.", "Police in London said two men were held."),
        # two kinds of authority say nothing of one slot
        (
            "Police in Lyon said two men were held.",
            "Prosecutors in Grenoble said two men were held.",
        ),
        # one town both sides
        ("Police in Lyon said two men were held.", "Lyon police said two men were held."),
    ],
)
def test_authorities_of_one_place_are_no_conflict(a, b):
    assert judge._authorities_apart(claim(a, "A"), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # new109: "US$43.7 million" is a currency
        ("They filed to limit their liability to US$43.7 million.", "US", False),
        ("They filed in the US to limit their liability.", "US", True),
        # new28, new75: a capital standing for its government
        ("His government lobbied Washington to drop the case.", "Washington", False),
        ("The White House was in contact with Seoul.", "Seoul", False),
        ("US officials said Washington had not been notified in advance.", "Washington", False),
        ("He told parliament in Canberra that the case had dragged on.", "Canberra", True),
        ("Officials in Seoul were informed on Tuesday.", "Seoul", True),
        ("Talks were held in Washington on Monday.", "Washington", True),
    ],
)
def test_a_currency_or_a_government_is_no_place(text, name, kept):
    assert (name in judge._places(claim(text))) is kept


def test_a_capital_dealt_with_is_no_place_set_against_another():
    """new28: "told parliament in Canberra" vs "lobbied Washington to drop the case"."""
    assert (
        place(
            "Anthony Albanese told parliament in Canberra on Tuesday that the case had "
            '"dragged on for too long".',
            "Anthony Albanese, whose government lobbied Washington to drop the case, has said "
            'it "dragged on for too long".',
        )
        is None
    )


def test_the_authorities_of_two_capitals_are_two_governments():
    """Not a place: who speaks ("the authorities in Moscow" vs "in Kyiv")."""
    a = claim("The authorities in Moscow said the drone was shot down.", "A")
    b = claim("The authorities in Kyiv said the drone was shot down.", "B")
    assert judge._authorities_apart(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new132: an island the extractor reads as a person, against a town "near"
        (
            "Hurricane Ian crashed ashore on Cayo Costa, a barrier island west of Fort Myers, at "
            "3:05 p.m. yesterday as a Category 4 storm.",
            "Ian slammed into Florida's Gulf coast near Punta Gorda on Wednesday afternoon as a "
            "Category 4 hurricane.",
            ("Cayo Costa", "Punta Gorda"),
        ),
        # new145: two ends of one island; "another" landfall may be the third
        (
            "It made its third landfall at West End on Grand Bahama late last Sunday.",
            "Dorian then made another landfall near East End on Grand Bahama at 11 p.m.",
            ("West End", "East End"),
        ),
        # new157: "near" against "in the municipality of"
        (
            "Maria came ashore near Humacao on Wednesday morning.",
            "Maria made landfall in the south-eastern municipality of Yabucoa at about 8:15 a.m.",
            ("Humacao", "Yabucoa"),
        ),
        # new172: the eye crossed an island
        (
            "Harvey made landfall near Port Lavaca on Friday night as a Category 4 hurricane.",
            "Harvey's eye crossed San Jose Island at about 03:00 UTC on 26 August.",
            ("Port Lavaca", "San Jose Island"),
        ),
        # new138: where an eruption opened
        (
            "The eruption began at 3:12 p.m. local time on Sunday in the Cabeza de Vaca area.",
            "The eruption started shortly after 3 p.m. on Sunday in the municipality of "
            "Fuencaliente, near the island's southern tip.",
            ("Cabeza de Vaca", "Fuencaliente"),
        ),
        # new153: an epicentre between two villages against one near a third
        (
            "The epicentre lay near Arquata del Tronto, just across the regional border.",
            "The epicentre lay between Accumoli and Amatrice, in the province of Rieti.",
            ("Arquata del Tronto", "Accumoli"),
        ),
    ],
)
def test_one_event_site_two_places(a, b, values):
    found = judge._event_sites_apart(claim(a, "A"), claim(b, "B"))
    assert found == values
    whole = place(a, b)
    assert whole is not None and (whole.value_a, whole.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # new172: the other side measures its island from this town
        (
            "Hurricane Harvey roared ashore near Rockport, Texas, late on Friday.",
            "Harvey's eye crossed San Jose Island, just east of Rockport, at about 03:00 UTC.",
        ),
        # new54: a coast against a town on it
        (
            "Hurricane Helene slammed into Florida's Big Bend coast last night.",
            "Helene roared ashore near Perry, Florida, shortly after 11 p.m. on Thursday.",
        ),
        # a second landfall against the first
        (
            "It made a second landfall at Naples that afternoon, as a Category 3 storm.",
            "Hurricane Irma made landfall at Cudjoe Key at 9:10 a.m. today.",
        ),
        # a state against a town
        (
            "The quake hit with its epicentre near Raboso, southeast of Mexico City.",
            "The agency located the epicentre in the state of Morelos, at a depth of 57 km.",
        ),
        # one town, two prepositions
        (
            "Kristine made landfall in Divilacan, Isabela, at around 12:30 a.m. yesterday.",
            "Trami came ashore at Divilacan, on the Isabela coast, at about 00:30.",
        ),
        # a scale is no site
        (
            "It made landfall as a Category 1 hurricane, Category 1 on the Saffir-Simpson scale.",
            "The storm made landfall near Wilmington as a Category 1 hurricane.",
        ),
        # two unrelated acts: a plane, not a storm, slammed into a building
        (
            "The plane slammed into Tower One near Liberty Street.",
            "The plane slammed into the north tower at Vesey Street.",
        ),
    ],
)
def test_one_event_site_is_no_conflict(a, b):
    assert judge._event_sites_apart(claim(a, "A"), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new109: a name read as a person's, after a word of carrying
        (
            "Most of the debris went by barge to a scrap-metal yard at Curtis Bay.",
            "Much of the wreckage was hauled by barge to Sparrows Point to be cut up for scrap.",
            ("Curtis Bay", "Sparrows Point"),
        ),
        # new97: two towns too small for GeoNames, names of no known kind
        (
            "Many evacuees were first sent west to Valemount, British Columbia.",
            "Thousands were at first directed west across the provincial boundary to McBride, B.C.",
            ("Valemount", "McBride"),
        ),
        # new209
        (
            "Colombo's rubbish would for now be taken to a site at Karadiyana, south of the city.",
            "The city's waste is now being taken to Muthurajawela, north of Colombo, as a stopgap.",
            ("Karadiyana", "Muthurajawela"),
        ),
        # new164: two spellings of one name, each in another province
        (
            "The oil was being shipped from North Dakota to a refinery in Saint John, New Brunswick.",
            "The crude was headed from North Dakota to an oil refinery in St. John's, Newfoundland.",
            ("Saint John, New Brunswick", "St. John, Newfoundland"),
        ),
    ],
)
def test_taken_to_two_places(a, b, values):
    assert judge._carried_apart(claim(a, "A"), claim(b, "B")) == values
    whole = place(a, b)
    assert whole is not None and (whole.value_a, whole.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a country against a town in it: one side more specific
        ("The wreckage was taken to Britain for tests.", "The wreckage was taken to Farnborough."),
        # one town, two spellings, no region to tell them apart
        (
            "The oil was being shipped to a refinery in Saint John.",
            "The crude was headed to an oil refinery in St. John.",
        ),
        # one town, two names GeoNames knows
        ("The team flew to Bangalore on Monday.", "The team flew to Bengaluru on Monday."),
        # people, not places
        ("He sent a letter to Smith on Monday.", "He sent a letter to Jones on Monday."),
        # the other side names the place too
        (
            "The waste is being taken to Muthurajawela.",
            "The waste is being taken to Karadiyana, not to Muthurajawela.",
        ),
        # one side lists two destinations
        (
            "Evacuees were sent to Valemount and to McBride.",
            "Evacuees were sent to Valemount.",
        ),
    ],
)
def test_taken_to_one_place_is_no_conflict(a, b):
    assert judge._carried_apart(claim(a, "A"), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new190: the worst-hit district, a name of no known kind on one side
        (
            "In Zimbabwe, the worst-hit area was Chimanimani district, near the Mozambican border.",
            "In Zimbabwe, the worst-hit district was Chipinge, in the eastern highlands.",
            ("Chimanimani", "Chipinge"),
        ),
        # new126: the place named first, then what it holds most of
        (
            "Zindajan accounted for the great majority of the deaths.",
            "Most of the deaths were in Ghoryan district, near the border with Iran.",
            ("Zindajan", "Ghoryan"),
        ),
        # new72: the largest waves struck one port, swept into another
        (
            "This week the largest waves, as high as 4 metres, struck Ust-Kamchatsk, a fishing "
            "settlement near the mouth of the Kamchatka River.",
            "The biggest waves, up to 4 metres high, swept into Severo-Kurilsk, a port town on "
            "Paramushir island.",
            ("Ust-Kamchatsk", "Severo-Kurilsk"),
        ),
        # new211
        (
            "Most of the wreckage came down around the town of Nacogdoches, about 140 miles "
            "north-east of Houston.",
            "The heaviest fall of wreckage was around Hemphill, a small town in Sabine County near "
            "the Louisiana border.",
            ("Nacogdoches", "Hemphill"),
        ),
    ],
)
def test_the_most_in_two_places(a, b, values):
    assert judge._superlative_sites_apart(claim(a, "A"), claim(b, "B")) == values
    whole = place(a, b)
    assert whole is not None and (whole.value_a, whole.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a province holds the district: one side more specific
        (
            "The worst-hit area was Manicaland province, near the Mozambican border.",
            "The worst-hit district was Chipinge, in the eastern highlands.",
        ),
        # the most of two different things
        (
            "Most of the deaths were in Ghoryan district.",
            "The largest waves struck Ust-Kamchatsk.",
        ),
        # two countries' worst-hit places
        (
            "In Zimbabwe, the worst-hit area was Chimanimani district.",
            "In Mozambique, the worst-hit area was Buzi district.",
        ),
        # the other side names the place too
        (
            "Most of the deaths were in Ghoryan district.",
            "Most of the deaths were in Zindajan, west of Ghoryan.",
        ),
        # one place, two spellings
        (
            "The worst-hit village was Talat N'Yaaqoub.",
            "The worst-hit village was Talat Nyacoub.",
        ),
    ],
)
def test_the_most_in_one_place_is_no_conflict(a, b):
    assert judge._superlative_sites_apart(claim(a, "A"), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new48: the other side names the town only as where the speaker was not
        (
            "Speaking at the bank's headquarters in Frankfurt, Lagarde said the economy had picked "
            "up in recent months.",
            "Speaking in Vilnius, where the Governing Council held one of its periodic meetings "
            "away from Frankfurt, Lagarde said the recovery had gathered pace.",
            ("Frankfurt", "Vilnius"),
        ),
        # new148: a site named after its town
        (
            "Speaking to reporters at the Fed's headquarters in Washington, Powell said the "
            "outlook had changed materially.",
            "Powell explained the decision at the New York Federal Reserve, saying the outlook "
            "had changed materially.",
            ("Washington", "New York"),
        ),
        # new69: a seat of power against a state
        (
            "Speaking to House Republicans at a retreat in Florida on Monday evening, Trump "
            "called DeepSeek's release a wake-up call.",
            "Addressing Republican lawmakers at the White House that Monday, Trump called "
            "DeepSeek a wake-up call.",
            ("Florida", "Washington"),
        ),
    ],
)
def test_spoke_in_two_places(a, b, values):
    assert judge._venues_apart(claim(a, "A"), claim(b, "B")) == values
    whole = place(a, b)
    assert whole is not None and (whole.value_a, whole.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a seat of power in the other side's town
        (
            "Speaking at the White House on Monday, Biden said the deal was done.",
            "Speaking in Washington on Monday, Biden said the deal was done.",
        ),
        # a part of a seat the tool cannot place
        (
            "Speaking at the White House on Monday, Biden said the deal was done.",
            "Speaking in the Oval Office on Monday, Biden said the deal was done.",
        ),
        # a town in the other side's country
        (
            "Speaking to reporters in Tokyo, Kishida said talks would resume.",
            "Speaking in Japan, Kishida said talks would resume.",
        ),
        # the other side names the town as another stop
        (
            "Speaking in Frankfurt, Lagarde said rates would fall.",
            "Speaking in Vilnius after a meeting in Frankfurt, Lagarde said rates would fall.",
        ),
        # a building the tool cannot place
        (
            "Speaking in Brussels, Stoltenberg said the alliance was united.",
            "Speaking at NATO headquarters, Stoltenberg said the alliance was united.",
        ),
    ],
)
def test_spoke_in_one_place_is_no_conflict(a, b):
    assert judge._venues_apart(claim(a, "A"), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # the worst damage is the worst-hit place, however said
        (
            "In Zimbabwe, the worst damage was around the city of Bulawayo.",
            "In Zimbabwe, the worst-hit district was Chipinge, in the eastern highlands.",
            ("Bulawayo", "Chipinge"),
        ),
        # a country named before the site is the scope, not the site
        (
            "The highest wave recorded in Japan, about 30 cm, reached Ishigaki island.",
            "The highest wave, roughly 30 cm, was measured on Miyako island.",
            ("Ishigaki", "Miyako"),
        ),
    ],
)
def test_the_most_said_otherwise(a, b, values):
    assert judge._superlative_sites_apart(claim(a, "A"), claim(b, "B")) == values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # new06: one side lists two towns, the other names a third
        (
            "He had raced the distance only twice before, winning in Valencia last December"
            " and in London in April.",
            "He had made his debut in Amsterdam last December, winning in 2:01:53.",
            ("Valencia, London", "Amsterdam"),
        ),
        # new256: a town of each clause against one town elsewhere
        (
            "The results were presented at a seminar that began at 9 a.m. in Geneva and was"
            " relayed to a physics conference in Melbourne, Australia.",
            "A parallel session was held at the International Conference on High Energy"
            " Physics in Sydney.",
            ("Geneva, Melbourne", "Sydney"),
        ),
        # new124: the country holds the other town; it is no other name of its capital
        (
            "In South Korea, police detained 16 students who forced their way into the"
            " Japanese consulate in Busan.",
            "In Seoul, police detained 16 university students who tried to force their way"
            " into a building housing the Japanese embassy.",
            ("Busan", "Seoul"),
        ),
        # new187: the same, with the country as the subject
        (
            "The state funeral of President Lech Kaczynski will go ahead in Warsaw tomorrow.",
            "Poland is due to hold the funeral of President Lech Kaczynski in Krakow on Sunday.",
            ("Warsaw", "Krakow"),
        ),
    ],
)
def test_towns_of_two_sides_all_apart(a, b, values):
    found = place(a, b)
    assert found is not None and found.kind is Kind.PLACE
    assert (found.value_a, found.value_b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one town of the list is the other side's town
        (
            "He had won in Valencia last December and in London in April.",
            "He had won in London in April.",
        ),
        # one town of the list is the other side's under another name
        (
            "Protests were held in Bombay and in Chennai on Sunday.",
            "Protests were held in Mumbai on Sunday.",
        ),
        # a borough of the other side's town
        (
            "The jury in New York and the judge in Boston agreed.",
            "The jury in Manhattan agreed.",
        ),
        # three towns or more are a list, one more or less no conflict
        (
            "Rallies took place in Lyon, in Marseille and in Toulouse.",
            "A rally took place in Bordeaux.",
        ),
        # a country that does not hold the other side's town still names its capital
        (
            "In Seoul, police detained 16 students.",
            "Police detained 16 students from South Korea in Tokyo.",
        ),
    ],
)
def test_towns_of_two_sides_that_meet(a, b):
    assert place(a, b) is None

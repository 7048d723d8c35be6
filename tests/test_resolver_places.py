"""Coordinates of places across Ukraine, Crimea, Russia and Belarus, in several spellings and scripts.

Expected positions are independent references (city centres), checked within a tolerance
suited to the feature: 10 km for cities, 5 km for city districts.
"""

import math

import pytest

from geomap.resolver import Resolver

CITY_KM = 10.0
DISTRICT_KM = 5.0

CITIES = [
    # Ukraine
    ("Kyiv", "UA", 50.450, 30.523),
    ("Kiev", "UA", 50.450, 30.523),
    ("Київ", "UA", 50.450, 30.523),
    ("Киев", "UA", 50.450, 30.523),
    ("Kharkiv", "UA", 49.993, 36.231),
    ("Kharkov", "UA", 49.993, 36.231),
    ("Харків", "UA", 49.993, 36.231),
    ("Харьков", "UA", 49.993, 36.231),
    ("Odesa", "UA", 46.482, 30.723),
    ("Odessa", "UA", 46.482, 30.723),
    ("Одеса", "UA", 46.482, 30.723),
    ("Dnipro", "UA", 48.465, 35.046),
    ("Dnepropetrovsk", "UA", 48.465, 35.046),
    ("Dnipropetrovsk", "UA", 48.465, 35.046),
    ("Днепр", "UA", 48.465, 35.046),
    ("Chernihiv", "UA", 51.494, 31.294),
    ("Chernigov", "UA", 51.494, 31.294),
    ("Чернігів", "UA", 51.494, 31.294),
    ("Lviv", "UA", 49.840, 24.030),
    ("Lvov", "UA", 49.840, 24.030),
    ("Львів", "UA", 49.840, 24.030),
    ("Zaporizhzhia", "UA", 47.838, 35.139),
    ("Zaporozhye", "UA", 47.838, 35.139),
    ("Запоріжжя", "UA", 47.838, 35.139),
    ("Kryvyi Rih", "UA", 47.910, 33.392),
    ("Krivoy Rog", "UA", 47.910, 33.392),
    ("Mykolaiv", "UA", 46.975, 31.995),
    ("Nikolaev", "UA", 46.975, 31.995),
    ("Mariupol", "UA", 47.097, 37.543),
    ("Маріуполь", "UA", 47.097, 37.543),
    ("Luhansk", "UA", 48.574, 39.308),
    ("Lugansk", "UA", 48.574, 39.308),
    ("Donetsk", "UA", 48.016, 37.803),
    ("Vinnytsia", "UA", 49.233, 28.468),
    ("Vinnitsa", "UA", 49.233, 28.468),
    ("Kherson", "UA", 46.636, 32.617),
    ("Poltava", "UA", 49.588, 34.551),
    ("Cherkasy", "UA", 49.444, 32.060),
    ("Sumy", "UA", 50.907, 34.798),
    ("Zhytomyr", "UA", 50.254, 28.658),
    ("Zhitomir", "UA", 50.254, 28.658),
    ("Khmelnytskyi", "UA", 49.422, 26.987),
    ("Rivne", "UA", 50.619, 26.251),
    ("Rovno", "UA", 50.619, 26.251),
    ("Ivano-Frankivsk", "UA", 48.922, 24.711),
    ("Ternopil", "UA", 49.553, 25.595),
    ("Lutsk", "UA", 50.747, 25.325),
    ("Uzhhorod", "UA", 48.621, 22.288),
    ("Chernivtsi", "UA", 48.292, 25.936),
    ("Chernovtsy", "UA", 48.292, 25.936),
    ("Kropyvnytskyi", "UA", 48.508, 32.262),
    ("Kirovograd", "UA", 48.508, 32.262),
    ("Bila Tserkva", "UA", 49.796, 30.131),
    ("Kremenchuk", "UA", 49.066, 33.420),
    ("Bakhmut", "UA", 48.595, 38.000),
    ("Artemivsk", "UA", 48.595, 38.000),
    ("Pokrovsk", "UA", 48.282, 37.182),
    ("Kramatorsk", "UA", 48.724, 37.557),
    ("Sloviansk", "UA", 48.853, 37.605),
    ("Slavyansk", "UA", 48.853, 37.605),
    ("Izium", "UA", 49.209, 37.260),
    ("Kupiansk", "UA", 49.711, 37.616),
    ("Nikopol", "UA", 47.567, 34.396),
    ("Enerhodar", "UA", 47.499, 34.656),
    ("Melitopol", "UA", 46.849, 35.367),
    ("Berdiansk", "UA", 46.757, 36.799),
    ("Nova Kakhovka", "UA", 46.755, 33.375),
    ("Irpin", "UA", 50.522, 30.250),
    ("Bucha", "UA", 50.549, 30.221),
    ("Brovary", "UA", 50.511, 30.791),
    ("Avdiivka", "UA", 48.139, 37.743),
    ("Vovchansk", "UA", 50.291, 36.941),
    ("Konotop", "UA", 51.240, 33.202),
    ("Shostka", "UA", 51.864, 33.470),
    # renamed in 2024: the town's own name, and only another spelling of Samara's (RU)
    ("Samar", "UA", 48.633, 35.224),
    ("Sheptytskyi", "UA", 50.386, 24.228),
    # Crimea and Sevastopol: Ukraine under internationally recognised borders
    ("Sevastopol", "UA", 44.616, 33.525),
    ("Севастополь", "UA", 44.616, 33.525),
    ("Sebastopol", "UA", 44.616, 33.525),
    ("Simferopol", "UA", 44.952, 34.102),
    ("Сімферополь", "UA", 44.952, 34.102),
    ("Kerch", "UA", 45.357, 36.468),
    ("Керчь", "UA", 45.357, 36.468),
    ("Yalta", "UA", 44.495, 34.166),
    ("Feodosia", "UA", 45.032, 35.382),
    ("Yevpatoria", "UA", 45.190, 33.367),
    ("Evpatoria", "UA", 45.190, 33.367),
    ("Dzhankoi", "UA", 45.709, 34.393),
    ("Saky", "UA", 45.134, 33.600),
    # Russia
    ("Moscow", "RU", 55.756, 37.617),
    ("Москва", "RU", 55.756, 37.617),
    ("Moskva", "RU", 55.756, 37.617),
    ("Saint Petersburg", "RU", 59.939, 30.316),
    ("Санкт-Петербург", "RU", 59.939, 30.316),
    ("St. Petersburg", "RU", 59.939, 30.316),
    ("Belgorod", "RU", 50.595, 36.587),
    ("Белгород", "RU", 50.595, 36.587),
    ("Kursk", "RU", 51.730, 36.193),
    ("Bryansk", "RU", 53.243, 34.364),
    ("Voronezh", "RU", 51.672, 39.184),
    ("Rostov-on-Don", "RU", 47.222, 39.720),
    ("Ростов-на-Дону", "RU", 47.222, 39.720),
    ("Krasnodar", "RU", 45.035, 38.975),
    ("Novorossiysk", "RU", 44.724, 37.768),
    ("Tula", "RU", 54.193, 37.617),
    ("Oryol", "RU", 52.970, 36.064),
    ("Orel", "RU", 52.970, 36.064),
    ("Smolensk", "RU", 54.783, 32.045),
    ("Kaluga", "RU", 54.513, 36.262),
    ("Engels", "RU", 51.485, 46.123),
    ("Saratov", "RU", 51.533, 46.034),
    ("Taganrog", "RU", 47.209, 38.936),
    ("Yeysk", "RU", 46.711, 38.275),
    ("Lipetsk", "RU", 52.609, 39.599),
    ("Tambov", "RU", 52.721, 41.452),
    ("Ryazan", "RU", 54.630, 39.736),
    ("Kazan", "RU", 55.796, 49.106),
    ("Yelabuga", "RU", 55.757, 52.054),
    ("Murmansk", "RU", 68.970, 33.075),
    ("Pskov", "RU", 57.819, 28.332),
    ("Volgograd", "RU", 48.708, 44.513),
    ("Sochi", "RU", 43.585, 39.720),
    ("Kaliningrad", "RU", 54.710, 20.511),
    # Belarus
    ("Minsk", "BY", 53.902, 27.562),
    ("Мінск", "BY", 53.902, 27.562),
    ("Gomel", "BY", 52.442, 30.988),
    ("Homel", "BY", 52.442, 30.988),
    ("Гомель", "BY", 52.442, 30.988),
    ("Mogilev", "BY", 53.900, 30.331),
    ("Mahilyow", "BY", 53.900, 30.331),
    ("Vitebsk", "BY", 55.185, 30.202),
    ("Grodno", "BY", 53.678, 23.830),
    ("Hrodna", "BY", 53.678, 23.830),
    ("Brest", "BY", 52.098, 23.734),
    ("Baranovichi", "BY", 53.132, 26.014),
    ("Babruysk", "BY", 53.138, 29.221),
    ("Mozyr", "BY", 52.049, 29.245),
    ("Orsha", "BY", 54.510, 30.426),
    ("Pinsk", "BY", 52.111, 26.103),
    # the world, for names in international reporting
    ("Istanbul", "TR", 41.008, 28.978),
    ("Abu Dhabi", "AE", 24.453, 54.377),
    ("Rzeszów", "PL", 50.041, 21.999),
    ("Rzeszow", "PL", 50.041, 21.999),
    ("Warsaw", "PL", 52.230, 21.011),
    ("Chisinau", "MD", 47.011, 28.863),
]

DISTRICTS = [
    # Kyiv's raions and sections, in the spellings news reports use
    ("Obolon", 50.510, 30.500),
    ("Obolonskyi raion", 50.510, 30.500),
    ("Obolonskyi district", 50.510, 30.500),
    ("Kyiv's Obolon district", 50.510, 30.500),
    ("Оболонь", 50.510, 30.500),
    ("Solomianskyi", 50.425, 30.450),
    ("Solom'yanskyi", 50.425, 30.450),
    ("Solomyanskyi district", 50.425, 30.450),
    ("Solomianskyi district", 50.425, 30.450),
    ("Соломʼянський район", 50.425, 30.450),
    ("Pechersk", 50.433, 30.545),
    ("Pecherskyi district", 50.433, 30.545),
    ("Podil", 50.466, 30.512),
    ("Podilskyi district", 50.480, 30.470),
    ("Darnytskyi district", 50.415, 30.660),
    ("Sviatoshynskyi district", 50.460, 30.370),
    ("Shevchenkivskyi district", 50.460, 30.480),
    ("Desnianskyi district", 50.510, 30.620),
    ("Troieshchyna", 50.511, 30.603),
    ("Saltivka", 50.022, 36.340),
]


@pytest.fixture(scope="module")
def resolver():
    return Resolver.default()


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


def test_the_list_is_broad():
    assert len({(c, round(lat, 1)) for _, c, lat, _ in CITIES}) >= 60
    assert {c for _, c, _, _ in CITIES} >= {"UA", "RU", "BY"}


@pytest.mark.parametrize(("name", "country", "lat", "lon"), CITIES)
def test_city(resolver, name, country, lat, lon):
    location = resolver.geocode(name)
    assert location.raw["country_code"] == country, location.raw["reason"]
    assert km(lat, lon, location.latitude, location.longitude) <= CITY_KM, location.raw["reason"]
    assert location.raw["precision"] == "city"


@pytest.mark.parametrize(("name", "lat", "lon"), DISTRICTS)
def test_district(resolver, name, lat, lon):
    location = resolver.geocode(name)
    assert location.raw["precision"] == "district", location.raw["reason"]
    assert km(lat, lon, location.latitude, location.longitude) <= DISTRICT_KM, location.raw["reason"]

"""The lexicon's name tests."""
import pytest

from mediakg.extract.lexicon import opens_with_given_name


@pytest.mark.parametrize("name", ["Tom Hale", "Jang Jae-hyun", "Park Chan-wook", "Kwon Hyeok-jae"])
def test_a_persons_name_opens_with_a_given_or_korean_family_name(name):
    assert opens_with_given_name(name)


@pytest.mark.parametrize("name", ["Salt Road", "Park Avenue", "Glass Harbor", "Jang Jae-hyun Studios"])
def test_a_title_or_a_place_opens_with_no_given_name(name):
    # A Korean family name counts only before a hyphened given name, the whole name two words.
    assert not opens_with_given_name(name)

"""All building blocks of the demo ecosystem, from the per-kind modules.

Each block is a dict with the keys documented in ``load.py`` (slug, name, kind,
owner, lifecycle, openness, licence, links, version, tags, maintenance, contact,
capabilities, depends_on, complies_with, evidence, last_verified,
default_language, descriptions).
"""

from .blocks_api import API_BLOCKS
from .blocks_api_2 import API_BLOCKS_2
from .blocks_data import DATASET_BLOCKS
from .blocks_organisational import ORGANISATIONAL_BLOCKS
from .blocks_platform import PLATFORM_BLOCKS
from .blocks_platform_2 import PLATFORM_BLOCKS_2
from .blocks_software import SOFTWARE_BLOCKS
from .blocks_software_2 import SOFTWARE_BLOCKS_2
from .blocks_software_3 import SOFTWARE_BLOCKS_3
from .blocks_standard import STANDARD_BLOCKS
from .blocks_standard_2 import STANDARD_BLOCKS_2

BLOCKS: list[dict] = [
    *SOFTWARE_BLOCKS,
    *SOFTWARE_BLOCKS_2,
    *SOFTWARE_BLOCKS_3,
    *API_BLOCKS,
    *API_BLOCKS_2,
    *DATASET_BLOCKS,
    *PLATFORM_BLOCKS,
    *PLATFORM_BLOCKS_2,
    *STANDARD_BLOCKS,
    *STANDARD_BLOCKS_2,
    *ORGANISATIONAL_BLOCKS,
]

"""jqextract: quantity facts from Chinese prose.

>>> from jqextract import extract
>>> [f.text for f in extract("新增并网618万千瓦、储能303万千瓦时")]
['618万千瓦', '303万千瓦时']
"""

from .dataframe import to_dataframe
from .extractor import Extractor, extract, extract_file, find_quantities, parse_number
from .facts import Fact
from .quantities import Quantity
from .rules import RuleError, Rules

__version__ = "0.1.0"
__all__ = ["Extractor", "Fact", "Quantity", "RuleError", "Rules", "extract", "extract_file", "find_quantities",
           "parse_number", "to_dataframe", "__version__"]

"""jqextract: quantity facts from Chinese prose.

>>> from jqextract import extract
>>> [f.text for f in extract("新增并网618万千瓦、储能303万千瓦时")]
['618万千瓦', '303万千瓦时']
"""

from .dataframe import to_dataframe
from .facts import Fact, extract, extract_file
from .numbers import parse_number
from .quantities import Quantity, find_quantities
from .rules import RuleError

__version__ = "0.1.0"
__all__ = ["Fact", "Quantity", "RuleError", "extract", "extract_file", "find_quantities", "parse_number", "to_dataframe",
           "__version__"]

"""Service items (事项), 一件事 bundles and the catalog that holds them, with browse queries."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kiosk.catalog.regions import RegionTable, region_contains
from kiosk.forms.delivery import DeliveryMethod
from kiosk.forms.schema import EMPTY_FORM, FormSchema
from kiosk.platform_text import PlatformText


class FilingMode(enum.Enum):
    TERMINAL = "terminal"  # can be filed at the terminal
    GUIDANCE = "guidance"  # the terminal only explains how and where (办事指南)
    RECORD = "record"  # 查询打印: nothing is filed; the citizen's record is fetched and printed


@dataclass(frozen=True)
class Material:
    """A required document. With an ``elicense_type`` it is 免提交 when the citizen holds that
    e-license; otherwise a paper original is photographed at the terminal."""

    id: str
    name: str
    required: bool = True
    elicense_type: str = ""
    copies: int = 1
    note: str = ""
    name_en: str = ""  # the platform's English, when it sends it (docs/platform-api.yaml: *_en siblings)
    note_en: str = ""

    @property
    def title(self) -> PlatformText:
        return PlatformText(self.name, self.name_en)

    def waived_by(self, held_license_types: Iterable[str]) -> bool:
        return bool(self.elicense_type) and self.elicense_type in set(held_license_types)


@dataclass(frozen=True)
class Fee:
    name: str
    amount_fen: int  # 分, to keep money exact
    basis: str = ""
    name_en: str = ""
    basis_en: str = ""

    @property
    def amount_yuan(self) -> str:
        """The amount in yuan with two decimals ("20.00"); the screens add the currency in words."""
        return f"{self.amount_fen // 100}.{self.amount_fen % 100:02d}"


@dataclass(frozen=True)
class Window:
    """Where the item is handled in person (办理窗口): a guide-only item's way forward."""

    name: str
    address: str
    hours: str = ""
    phone: str = ""
    name_en: str = ""
    address_en: str = ""
    hours_en: str = ""


@dataclass(frozen=True)
class ServiceItem:
    code: str
    name: str
    category: str  # category id
    department: str  # the handling department's full name, e.g. 上海市徐汇区医疗保障局
    department_type: str  # the kind of department across regions, e.g. 医保局
    region_code: str  # the county, city or province that owns the item
    cross_province: bool = False  # 跨省通办: filed here, handled in one of ``handling_regions``
    handling_regions: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    materials: tuple[Material, ...] = ()
    fees: tuple[Fee, ...] = ()  # empty means 不收费
    legal_limit_days: int = 0
    promised_limit_days: int = 0  # 0 means 即办
    delivery_methods: tuple[DeliveryMethod, ...] = (DeliveryMethod.PICKUP,)
    filing_mode: FilingMode = FilingMode.TERMINAL
    needs_signature: bool = False
    popularity: int = 0  # filings over the last year; breaks ranking ties
    keywords: tuple[str, ...] = ()  # words citizens use for it (户籍, 迁户口 …)
    form: FormSchema = EMPTY_FORM
    windows: tuple[Window, ...] = ()
    name_en: str = ""  # the platform's English name, when it has one (shown in English mode)
    # The platform's English for the rest of the item's content, where it sends it (else "" / ()).
    # A list's English runs in step with the Chinese list (the parser refuses lists of unequal length).
    department_en: str = ""
    department_type_en: str = ""
    conditions_en: tuple[str, ...] = ()
    legal_basis_en: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "item"

    @property
    def free(self) -> bool:
        return not self.fees

    def materials_to_provide(self, held_license_types: Iterable[str]) -> list[Material]:
        held = set(held_license_types)
        return [m for m in self.materials if not m.waived_by(held)]


@dataclass(frozen=True)
class Bundle:
    """一件事: one filing at the terminal that the platform splits into several items."""

    code: str
    name: str
    category: str
    region_code: str
    item_codes: tuple[str, ...]
    description: str = ""
    popularity: int = 0
    keywords: tuple[str, ...] = ()
    name_en: str = ""  # the platform's English name, when it has one
    description_en: str = ""

    @property
    def kind(self) -> str:
        return "bundle"


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    name_en: str = ""


@dataclass
class Catalog:
    version: str
    regions: RegionTable
    categories: tuple[Category, ...]
    items: tuple[ServiceItem, ...]
    bundles: tuple[Bundle, ...] = ()
    _by_code: dict[str, ServiceItem] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code = {i.code: i for i in self.items}

    def item(self, code: str) -> ServiceItem:
        return self._by_code[code]

    def bundle(self, code: str) -> Bundle:
        for b in self.bundles:
            if b.code == code:
                return b
        raise KeyError(code)

    def category_name(self, category_id: str) -> str:
        return next((c.name for c in self.categories if c.id == category_id), category_id)
    def available_at(self, region_code: str) -> Catalog:
        """What a terminal in ``region_code`` offers: items and bundles of that county, its city
        and its province. Cross-province items are among them; their handling region is chosen later."""

        def here(owner: str) -> bool:
            return region_contains(owner, region_code)

        return Catalog(
            self.version,
            self.regions,
            self.categories,
            tuple(i for i in self.items if here(i.region_code)),
            tuple(b for b in self.bundles if here(b.region_code)),
        )

    def offering(self, selectors: Iterable[str]) -> Catalog:
        """What a site profile offers (``ui.services``): items whose category id or name, or whose
        own code, is among ``selectors``, and bundles whose every member stays; empty keeps all."""
        wanted = set(selectors)
        if not wanted:
            return self
        categories = {c.id for c in self.categories if c.id in wanted or c.name in wanted}
        items = tuple(i for i in self.items if i.category in categories or i.code in wanted)
        kept = {i.code for i in items}
        bundles = tuple(
            b
            for b in self.bundles
            if (b.category in categories or b.code in wanted) and all(c in kept for c in b.item_codes)
        )
        return Catalog(self.version, self.regions, self.categories, items, bundles)

    def categories_in_use(self) -> list[Category]:
        used = {i.category for i in self.items} | {b.category for b in self.bundles}
        return [c for c in self.categories if c.id in used]

    def departments(self) -> list[str]:
        """Department names, the busiest first."""
        load: dict[str, int] = {}
        for i in self.items:
            load[i.department] = load.get(i.department, 0) + i.popularity
        return sorted(load, key=lambda d: (-load[d], d))

    def in_category(self, category_id: str) -> list[ServiceItem]:
        return _busiest_first(i for i in self.items if i.category == category_id)

    def of_department(self, department: str) -> list[ServiceItem]:
        return _busiest_first(i for i in self.items if i.department == department)

    def bundles_in_category(self, category_id: str) -> list[Bundle]:
        return sorted((b for b in self.bundles if b.category == category_id), key=lambda b: -b.popularity)

    def items_of(self, bundle: Bundle) -> list[ServiceItem]:
        return [self._by_code[c] for c in bundle.item_codes]

    def bundle_form(self, bundle: Bundle) -> FormSchema:
        """The bundle's single form: each member item's fields, those shared by id asked once."""
        form = EMPTY_FORM
        for item in self.items_of(bundle):
            form = form.merged_with(item.form)
        return form

    def bundle_materials(self, bundle: Bundle) -> list[Material]:
        """Member items' materials, a document asked by several items listed once."""
        seen: set[str] = set()
        out: list[Material] = []
        for item in self.items_of(bundle):
            for m in item.materials:
                key = m.elicense_type or m.name
                if key not in seen:
                    seen.add(key)
                    out.append(m)
        return out


def _busiest_first(items: Iterable[ServiceItem]) -> list[ServiceItem]:
    return sorted(items, key=lambda i: (-i.popularity, i.name, i.code))


Listing = ServiceItem | Bundle


def listings(catalog: Catalog) -> Sequence[Listing]:
    """Everything a citizen can pick from a list: items and bundles."""
    return (*catalog.items, *catalog.bundles)

"""The service catalog: items, bundles and regions from the platform, browse and search.

Import from the submodules (``kiosk.catalog.model``, ``.parse``, ``.search``, ``.regions``); this
package module stays empty so ``kiosk.forms`` can use the region helpers without a cycle.
"""

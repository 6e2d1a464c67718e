"""The Processing provider ``dispersion``: registers every algorithm of the plugin."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgis_adapters.i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "dispersion.svg"


def algorithm_classes() -> list:
    """All algorithm classes, imported lazily so that a missing optional module names itself."""
    from .alg_analyse import AnalyseAlgorithm
    from .alg_capacityplan import CapacityPlanAlgorithm
    from .alg_exportmap import ExportMapAlgorithm
    from .alg_fuse import FuseSheltersAlgorithm
    from .alg_importcsv import ImportCsvAlgorithm
    from .alg_importintegreat import ImportIntegreatAlgorithm
    from .alg_importzensus import ImportZensusAlgorithm
    from .alg_kitaaccess import KitaAccessAlgorithm
    from .alg_loadsample import LoadSampleAlgorithm
    from .alg_suggest import SuggestAlgorithm
    from .alg_zensuspopulation import ZensusPopulationAlgorithm

    return [LoadSampleAlgorithm, AnalyseAlgorithm, SuggestAlgorithm, ExportMapAlgorithm,
            ImportZensusAlgorithm, ImportIntegreatAlgorithm, FuseSheltersAlgorithm, ZensusPopulationAlgorithm,
            ImportCsvAlgorithm, CapacityPlanAlgorithm, KitaAccessAlgorithm]


class DispersionProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "dispersion"

    def name(self) -> str:
        return tr("Dispersion Planner")

    def longName(self) -> str:  # noqa: N802
        return tr("Dispersion Planner: refugee accommodation analysis and placement")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())

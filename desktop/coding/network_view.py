"""A network picture of perceptions: roles as nodes on a circle, arrows speaker → role spoken
about, thicker for more codings; a loop for statements about the speaker's own role."""
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

NODE_R = 48


def _unscaled(item, centred: bool = True):
    """Text drawn at the screen's font size however small the picture is fitted (it stays readable);
    centred on its position, or with its top-left corner there."""
    item.setFlag(QGraphicsItem.ItemIgnoresTransformations)
    if centred:
        rect = item.boundingRect()
        item.setTransform(QTransform.fromTranslate(-rect.width() / 2, -rect.height() / 2))
    return item


class NetworkView(QGraphicsView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setAccessibleName(self.tr("Network of perceptions"))
        self.setMinimumSize(320, 240)   # resizable, never collapsed; at 1366×768 the matrix above keeps all its rows

    def show_matrix(self, matrix: dict, roles: list[dict]):
        """Draw `matrix` {(speaker role, about role): n} over `roles` [{key, label}]."""
        scene = self.scene()
        scene.clear()
        used = {r for pair in matrix for r in pair}
        nodes = [r for r in roles if r["key"] in used] or roles
        radius = 190
        pos = {}
        for i, role in enumerate(nodes):
            angle = -math.pi / 2 + 2 * math.pi * i / len(nodes)
            pos[role["key"]] = QPointF(radius * math.cos(angle), radius * math.sin(angle))
        top = max(matrix.values(), default=1)
        for (speaker, about), n in sorted(matrix.items(), key=lambda kv: kv[1]):
            if speaker not in pos or about not in pos:
                continue
            width = 1.5 + 7 * n / top
            color = QColor("#E76F51")
            color.setAlpha(int(110 + 145 * n / top))
            pen = QPen(color, width, Qt.SolidLine, Qt.RoundCap)
            if speaker == about:
                self._loop(pos[speaker], pen, n)
            else:
                self._arrow(pos[speaker], pos[about], pen, n, bent=(about, speaker) in matrix)
        font = QFont()
        font.setBold(True)
        for role in nodes:
            p = pos[role["key"]]
            scene.addEllipse(QRectF(p.x() - NODE_R, p.y() - NODE_R, 2 * NODE_R, 2 * NODE_R),
                             QPen(QColor("#1D3557"), 1.5), QBrush(QColor("#F1FAEE")))
            text = _unscaled(scene.addText(role["label"].replace(" / ", "/\n"), font))
            text.setPos(p)
            backing = QGraphicsRectItem(text.boundingRect().adjusted(2, 3, -2, -3), text)  # arrows pass under the name
            backing.setFlag(QGraphicsItem.ItemStacksBehindParent)
            backing.setPen(Qt.NoPen)
            backing.setBrush(QColor(241, 250, 238, 220))
        self.fitInView(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.KeepAspectRatio)

    def _arrow(self, a: QPointF, b: QPointF, pen: QPen, n: int, *, bent: bool):
        d = b - a
        length = math.hypot(d.x(), d.y()) or 1
        ux, uy = d.x() / length, d.y() / length
        start = QPointF(a.x() + ux * NODE_R, a.y() + uy * NODE_R)
        end = QPointF(b.x() - ux * (NODE_R + 2), b.y() - uy * (NODE_R + 2))
        bend = 28 if bent else 0   # two arrows between the same pair curve apart
        ctrl = QPointF((start.x() + end.x()) / 2 - uy * bend, (start.y() + end.y()) / 2 + ux * bend)
        path = QPainterPath(start)
        path.quadTo(ctrl, end)
        self.scene().addPath(path, pen)
        tx, ty = end.x() - ctrl.x(), end.y() - ctrl.y()
        tl = math.hypot(tx, ty) or 1
        tx, ty = tx / tl, ty / tl
        size = 8 + pen.widthF()
        head = QPolygonF([end, QPointF(end.x() - tx * size - ty * size / 2, end.y() - ty * size + tx * size / 2),
                          QPointF(end.x() - tx * size + ty * size / 2, end.y() - ty * size - tx * size / 2)])
        self.scene().addPolygon(head, QPen(pen.color(), 1), QBrush(pen.color()))
        mid = path.pointAtPercent(0.5)
        label = _unscaled(self.scene().addSimpleText(str(n)), centred=False)
        label.setBrush(QColor("#1D3557"))
        label.setPos(mid.x() + 3, mid.y() - 14)

    def _loop(self, p: QPointF, pen: QPen, n: int):
        out = QPointF(p.x(), p.y()) * (1 + (NODE_R + 10) / max(1.0, math.hypot(p.x(), p.y())))
        rect = QRectF(out.x() - 16, out.y() - 16, 32, 32)
        self.scene().addEllipse(rect, pen)
        label = _unscaled(self.scene().addSimpleText(str(n)), centred=False)
        label.setPos(rect.right() + 2, rect.top() - 4)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if self.scene().items():
            self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.KeepAspectRatio)

/* geomap page code: draws the events packed by geomap.mapping.payload.
 *
 * Article text only ever reaches the page through textContent, so markup in an
 * article is shown as characters and never interpreted. Symbols, colours and
 * layer names come from geomap itself.
 */
(function () {
  "use strict";

  var SYMBOL = 0, CIRCLE = 1, AREA = 2, CASUALTY = 3;
  var LAT = 0, LON = 1, SHAPE = 2, PARAM = 3, DAY = 4, ICON = 5, HEADING = 6, ROWS = 7, QUOTE = 8, LINK = 9;
  var KILLED_COLOR = "#1a1a1a";

  function node(tag, className, content) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (content !== undefined && content !== null) { element.textContent = String(content); }
    return element;
  }

  function isHttp(url) {
    return typeof url === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(url);
  }

  function popupFor(row, strings) {
    var box = node("div", "geomap-popup");
    box.appendChild(node("div", "geomap-popup-heading", strings[row[HEADING]]));
    var table = node("table");
    var rows = row[ROWS];
    for (var i = 0; i + 1 < rows.length; i += 2) {
      var line = node("tr");
      line.appendChild(node("th", null, strings[rows[i]]));
      line.appendChild(node("td", null, strings[rows[i + 1]]));
      table.appendChild(line);
    }
    box.appendChild(table);
    if (row[QUOTE] >= 0 && strings[row[QUOTE]]) {
      box.appendChild(node("blockquote", "geomap-quote", strings[row[QUOTE]]));
    }
    if (row[LINK] >= 0 && isHttp(strings[row[LINK]])) {
      var link = node("a", "geomap-source", "Open the source article");
      link.href = strings[row[LINK]];
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      box.appendChild(link);
    }
    return box;
  }

  function symbolSvg(parts, color) {
    var paths = (parts || []).map(function (part) {
      return "<path d=\"" + part[0] + "\" fill=\"" + (part[1] ? "#fff" : color) + "\"/>";
    }).join("");
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\" viewBox=\"0 0 20 20\">" +
      "<g stroke=\"#fff\" stroke-width=\"1.2\">" + paths + "</g></svg>";
  }

  // Popups keep clear of the title box at the top of the page.
  function popupOptions(maxHeight) {
    var options = { maxWidth: 360, minWidth: 240, autoPanPaddingTopLeft: [20, 110], autoPanPaddingBottomRight: [20, 20] };
    if (maxHeight) { options.maxHeight = maxHeight; }
    return options;
  }

  function casualtyRadius(people) {
    return Math.min(45, 5 + 2.2 * Math.sqrt(people));
  }

  function clusterIcon(layer) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 10 ? 30 : count < 100 ? 36 : 44;
      var disc = node("div");
      disc.style.background = layer.color;
      disc.appendChild(node("span", null, count));
      var icon = L.divIcon({ html: disc, className: "marker-cluster geomap-cluster", iconSize: L.point(size, size) });
      icon.createIcon = function (old) {
        var element = L.DivIcon.prototype.createIcon.call(this, old);
        element.setAttribute("data-layer", layer.key);
        return element;
      };
      return icon;
    };
  }

  function makeLayers(row, layer, context) {
    var className = "geomap-event geomap-" + layer.key.replace(/[^A-Za-z0-9_-]/g, "-");
    var latlng = [row[LAT], row[LON]];
    var shape = row[SHAPE];
    var popup = function () { return popupFor(row, context.strings); };
    var path = { color: layer.color, weight: 2, renderer: context.renderer, className: className };
    var main;
    var extra = null;
    if (shape === SYMBOL) {
      var key = context.strings[row[ICON]];
      var iconKey = layer.key + "|" + key;
      if (!context.icons[iconKey]) {
        context.icons[iconKey] = L.divIcon({
          html: symbolSvg(context.symbols[key], layer.color),
          className: "geomap-marker " + className + " geomap-symbol-" + key,
          iconSize: [20, 20],
          iconAnchor: [10, 10],
          popupAnchor: [0, -8]
        });
      }
      main = L.marker(latlng, { icon: context.icons[iconKey], keyboard: false });
    } else if (shape === CIRCLE) {
      path.radius = row[PARAM];
      path.dashArray = "6 5";
      path.fillOpacity = 0.12;
      main = L.circle(latlng, path);
    } else if (shape === AREA) {
      path.dashArray = "6 5";
      path.fillOpacity = context.shapes[row[PARAM]][1];
      main = L.geoJSON(context.shapes[row[PARAM]][0], { style: path, renderer: context.renderer });
    } else {
      var killed = row[PARAM][0], injured = row[PARAM][1];
      path.radius = casualtyRadius(killed + injured);
      path.fillColor = layer.color;
      path.fillOpacity = 0.35;
      main = L.circleMarker(latlng, path);
      if (killed > 0) {
        extra = L.circleMarker(latlng, {
          radius: path.radius * Math.sqrt(killed / (killed + injured)),
          color: KILLED_COLOR, weight: 1, fillColor: KILLED_COLOR, fillOpacity: 0.85,
          interactive: false, renderer: context.renderer, className: "geomap-killed"
        });
      }
    }
    main.bindPopup(popup, popupOptions());
    return { main: main, extra: extra, day: row[DAY], symbol: shape === SYMBOL, shown: false };
  }


  /* Large maps: one canvas per event layer paints every point event itself, gathering
   * crowded symbols into numbered clusters on a pixel grid. Nothing is created per
   * event but a small record, so 100,000 events open and re-filter in a blink. */
  var CELL = 36;
  var EARTH_CIRCUMFERENCE = 40075016.686;

  /* One canvas per map paints every large event layer, so the browser composites a
   * single full-window layer however many event types there are. */
  var FastCanvas = L.Layer.extend({
    initialize: function () { this._layers = []; this._hits = []; },

    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "geomap-fast");
      map.getPane(pane(map, "geomap-fast", 450)).appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("zoomstart", this._hide, this);
      map.on("click", this._click, this);
      map.on("mousemove", this._hover, this);
      this.redraw();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("zoomstart", this._hide, this);
      map.off("click", this._click, this);
      map.off("mousemove", this._hover, this);
    },

    attach: function (fast) {
      if (this._layers.indexOf(fast) < 0) {
        this._layers.push(fast);
        this._layers.sort(function (a, b) { return a.order - b.order; });
      }
      this.redraw();
    },

    detach: function (fast) {
      this._layers = this._layers.filter(function (one) { return one !== fast; });
      fast.drawn = 0;
      this.redraw();
    },

    _hide: function () { this._canvas.style.visibility = "hidden"; },

    redraw: function () {
      if (!this._map) { return; }
      var map = this._map, size = map.getSize(), ctx = fitCanvas(this._canvas, map);
      var view = {
        size: size, origin: map.getPixelOrigin(), offset: map._getMapPanePos(),
        scale: 256 * Math.pow(2, map.getZoom())
      };
      var hits = [];
      this._layers.forEach(function (fast) { hits = hits.concat(fast.paint(ctx, view)); });
      this._hits = hits;
    },

    _hitAt: function (point) {
      for (var i = this._hits.length - 1; i >= 0; i--) {
        var hit = this._hits[i], dx = point.x - hit.x, dy = point.y - hit.y;
        if (dx * dx + dy * dy <= hit.r * hit.r) { return hit; }
      }
      return null;
    },

    _click: function (event) {
      var hit = this._hitAt(event.containerPoint), map = this._map;
      if (!hit) { return; }
      var strings = hit.fast.strings();
      if (hit.items.length > 1) {
        var bounds = L.latLngBounds(hit.items.map(function (item) { return [item.row[LAT], item.row[LON]]; }));
        if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
          var box = listPopup(hit.items, hit.items.length + " events at this place", strings);
          L.popup(popupOptions(400)).setLatLng(event.latlng).setContent(box).openOn(map);
        } else {
          map.fitBounds(bounds.pad(0.2));
        }
        return;
      }
      var row = hit.items[0].row;
      L.popup(popupOptions()).setLatLng([row[LAT], row[LON]]).setContent(popupFor(row, strings)).openOn(map);
    },

    _hover: function (event) {
      L.DomUtil[this._hitAt(event.containerPoint) ? "addClass" : "removeClass"](
        this._map.getContainer(), "geomap-pointer");
    }
  });

  /* Symbols and cluster bubbles are drawn once into small canvases and then stamped:
   * copying pixels is much cheaper than filling paths and shaping text each time. */
  var sprites = {};

  function sprite(key, radius, draw) {
    var ratio = window.devicePixelRatio || 1;
    var cacheKey = key + "@" + ratio;
    if (!sprites[cacheKey]) {
      var canvas = document.createElement("canvas");
      canvas.width = canvas.height = Math.ceil((2 * radius + 4) * ratio);
      var sctx = canvas.getContext("2d");
      sctx.setTransform(ratio, 0, 0, ratio, (radius + 2) * ratio, (radius + 2) * ratio);
      draw(sctx);
      sprites[cacheKey] = canvas;
    }
    return sprites[cacheKey];
  }

  function canvasFor(map) {
    if (!map._geomapCanvas) { map._geomapCanvas = new FastCanvas().addTo(map); }
    return map._geomapCanvas;
  }

  /* One event layer of a large map: it only holds small records, and the map's
   * FastCanvas paints it while it is on the map. */
  var FastLayer = L.Layer.extend({
    initialize: function (layer, items, context, order) {
      this._layer = layer;
      this._items = items;
      this._context = context;
      this.order = order;
      this.drawn = 0;
      this._paths = {};
      var symbols = context.symbols;
      Object.keys(symbols).forEach(function (key) {
        this._paths[key] = symbols[key].map(function (part) { return [new Path2D(part[0]), part[1]]; });
      }, this);
    },

    onAdd: function (map) {
      this._painter = canvasFor(map);
      this._painter.attach(this);
    },

    onRemove: function () { this._painter.detach(this); },

    redraw: function () { if (this._painter) { this._painter.redraw(); } },

    strings: function () { return this._context.strings; },

    /* Bin the shown events in view into grid cells and paint them; return hit areas. */
    paint: function (ctx, view) {
      var size = view.size, cells = {}, order = [], cluster = this._layer.cluster;
      this.drawn = 0;
      for (var i = 0; i < this._items.length; i++) {
        var item = this._items[i];
        if (!item.shown || item.area) { continue; }
        var row = item.row;
        // Web Mercator by hand: map.latLngToContainerPoint is too slow for 100,000 points.
        var sin = Math.sin(row[LAT] * Math.PI / 180);
        var x = view.scale * (row[LON] / 360 + 0.5) - view.origin.x + view.offset.x;
        var y = view.scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) - view.origin.y + view.offset.y;
        var radius = 10;
        if (row[SHAPE] === CIRCLE) {
          radius = Math.max(3, row[PARAM] * view.scale / (EARTH_CIRCUMFERENCE * Math.cos(row[LAT] * Math.PI / 180)));
        } else if (row[SHAPE] === CASUALTY) {
          radius = casualtyRadius(row[PARAM][0] + row[PARAM][1]);
        }
        if (x < -radius || y < -radius || x > size.x + radius || y > size.y + radius) { continue; }
        this.drawn += 1;
        var key = cluster ? Math.floor(x / CELL) + ":" + Math.floor(y / CELL) : i;
        if (!cells[key]) { cells[key] = []; order.push(key); }
        cells[key].push({ x: x, y: y, r: radius, item: item });
      }
      var singles = [], clusters = [];
      order.forEach(function (key) { (cells[key].length === 1 ? singles : clusters).push(cells[key]); });
      return this._paint(ctx, singles.map(function (cell) { return cell[0]; }), clusters);
    },

    /* Paint single events as their true shape and crowded cells as numbered bubbles;
     * return the hit areas for clicks, topmost last. */
    _paint: function (ctx, singles, clusters) {
      var fast = this, color = this._layer.color, strings = this._context.strings, paths = this._paths, hits = [];
      var rings = new Path2D(), discs = new Path2D(), cores = new Path2D();
      var symbols = [];
      singles.forEach(function (spot) {
        var row = spot.item.row;
        if (row[SHAPE] === CIRCLE) {
          rings.moveTo(spot.x + spot.r, spot.y);
          rings.arc(spot.x, spot.y, spot.r, 0, 2 * Math.PI);
        } else if (row[SHAPE] === CASUALTY) {
          discs.moveTo(spot.x + spot.r, spot.y);
          discs.arc(spot.x, spot.y, spot.r, 0, 2 * Math.PI);
          var killed = row[PARAM][0], total = row[PARAM][0] + row[PARAM][1];
          if (killed > 0) {
            var inner = spot.r * Math.sqrt(killed / total);
            cores.moveTo(spot.x + inner, spot.y);
            cores.arc(spot.x, spot.y, inner, 0, 2 * Math.PI);
          }
        } else {
          symbols.push(spot);
        }
        hits.push({ x: spot.x, y: spot.y, r: spot.r, items: [spot.item], fast: fast });
      });
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 5]);
      ctx.globalAlpha = 0.12;
      ctx.fill(rings);
      ctx.globalAlpha = 1;
      ctx.stroke(rings);
      ctx.setLineDash([]);
      ctx.lineWidth = 1.5;
      ctx.globalAlpha = 0.35;
      ctx.fill(discs);
      ctx.globalAlpha = 1;
      ctx.stroke(discs);
      ctx.fillStyle = KILLED_COLOR;
      ctx.fill(cores);
      symbols.forEach(function (spot) {
        var key = strings[spot.item.row[ICON]];
        var image = sprite(color + "|" + key, 10, function (sctx) {
          sctx.translate(-10, -10);
          sctx.lineWidth = 1.2;
          sctx.strokeStyle = "#fff";
          (paths[key] || []).forEach(function (part) {
            sctx.fillStyle = part[1] ? "#fff" : color;
            sctx.fill(part[0]);
            sctx.stroke(part[0]);
          });
        });
        ctx.drawImage(image, spot.x - 12, spot.y - 12, 24, 24);
      });
      clusters.forEach(function (members) {
        var sx = 0, sy = 0;
        members.forEach(function (m) { sx += m.x; sy += m.y; });
        var cx = sx / members.length, cy = sy / members.length, n = members.length;
        var radius = n < 10 ? 13 : n < 100 ? 16 : n < 1000 ? 19 : 22;
        var image = sprite(color + "#" + n, radius, function (sctx) {
          sctx.beginPath();
          sctx.arc(0, 0, radius, 0, 2 * Math.PI);
          sctx.globalAlpha = 0.88;
          sctx.fillStyle = color;
          sctx.fill();
          sctx.globalAlpha = 1;
          sctx.lineWidth = 2;
          sctx.strokeStyle = "#fff";
          sctx.stroke();
          sctx.font = "bold 12px system-ui, sans-serif";
          sctx.textAlign = "center";
          sctx.textBaseline = "middle";
          sctx.fillStyle = "#fff";
          sctx.fillText(String(n), 0, 0);
        });
        ctx.drawImage(image, cx - radius - 2, cy - radius - 2, 2 * radius + 4, 2 * radius + 4);
        hits.push({ x: cx, y: cy, r: radius, items: members.map(function (m) { return m.item; }), fast: fast });
      });
      return hits;
    },

  });

  function drawBorder(layer, group) {
    if (!layer.border) { return; }
    L.geoJSON(layer.border, {
      style: { color: "#263238", weight: 2.5, dashArray: "10 6", className: "geomap-border" },
      interactive: true
    }).bindTooltip(layer.borderName, { sticky: true }).addTo(group);
  }

  function setShown(item, target, shown) {
    if (item.shown === shown) { return; }
    if (shown) {
      target.addLayer(item.main);
      if (item.extra) { target.addLayer(item.extra); }
    } else {
      target.removeLayer(item.main);
      if (item.extra) { target.removeLayer(item.extra); }
    }
    item.shown = shown;
  }

  function showDays(state, first, last) {
    var inRange = function (item) { return item.day < 0 || (item.day >= first && item.day <= last); };
    var fastLayers = [];
    Object.keys(state.layers).forEach(function (key) {
      var entry = state.layers[key];
      if (entry.fast) {
        entry.items.forEach(function (item) { item.shown = inRange(item); });
        showAreas(entry);
        fastLayers.push(entry.fast);
        return;
      }
      var clustered = [];
      entry.items.forEach(function (item) {
        var shown = inRange(item);
        if (entry.cluster && item.symbol) {
          if (shown) { clustered.push(item.main); }
          item.shown = shown;
        } else {
          setShown(item, entry.group, shown);
        }
      });
      if (entry.cluster) {
        entry.cluster.clearLayers();
        entry.cluster.addLayers(clustered);
      }
    });
    var painters = [];  // one canvas per map paints all its large layers: repaint each once
    fastLayers.forEach(function (fast) {
      if (fast._painter && painters.indexOf(fast._painter) < 0) { painters.push(fast._painter); }
    });
    painters.forEach(function (painter) { painter.redraw(); });
  }

  function addTimeControl(map, state, dates) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = node("div", "geomap-time leaflet-bar");
      box.appendChild(node("div", "geomap-time-title", "Dates shown"));
      var label = node("div", "geomap-time-label");
      var first = node("input");
      var last = node("input");
      [first, last].forEach(function (input, position) {
        input.type = "range";
        input.min = "0";
        input.max = String(dates.length - 1);
        input.step = "1";
        input.value = position === 0 ? "0" : String(dates.length - 1);
        input.className = position === 0 ? "geomap-time-from" : "geomap-time-to";
        input.setAttribute("aria-label", position === 0 ? "first date shown" : "last date shown");
      });
      var update = function (event) {
        var from = Number(first.value), to = Number(last.value);
        if (from > to) {
          if (event && event.target === first) { last.value = String(from); to = from; }
          else { first.value = String(to); from = to; }
        }
        label.textContent = dates[from] + (to !== from ? " \u2013 " + dates[to] : "");
        showDays(state, from, to);
      };
      first.addEventListener("input", update);
      last.addEventListener("input", update);
      box.appendChild(label);
      box.appendChild(first);
      box.appendChild(last);
      box.appendChild(node("div", "geomap-time-note", "Undated events are always shown."));
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      label.textContent = dates[0] + " \u2013 " + dates[dates.length - 1];
      return box;
    };
    control.addTo(map);
  }

  function count(state, key) {
    var entry = state.layers[key];
    if (!entry) { return 0; }
    return entry.items.filter(function (item) { return item.shown; }).length;
  }

  /* Large maps draw each distinct area once, whatever the number of events in it;
   * its popup lists the events currently shown there. */
  function fastItems(layer, context, group) {
    var areas = {};
    var items = layer.events.map(function (row) {
      var item = { row: row, day: row[DAY], shown: false, area: row[SHAPE] === AREA };
      if (item.area) {
        var area = areas[row[PARAM]];
        if (!area) {
          area = areas[row[PARAM]] = { items: [] };
          var shape = context.shapes[row[PARAM]];
          area.layer = L.geoJSON(shape[0], {
            style: { color: layer.color, weight: 2, dashArray: "6 5", fillOpacity: shape[1] },
            renderer: context.renderer
          });
          area.layer.bindPopup(function () { return areaPopup(area, context.strings); },
            popupOptions(400));
        }
        area.items.push(item);
      }
      return item;
    });
    return { items: items, areas: Object.keys(areas).map(function (key) { return areas[key]; }), group: group };
  }

  function areaPopup(area, strings) {
    var shown = area.items.filter(function (item) { return item.shown; });
    if (shown.length === 1) { return popupFor(shown[0].row, strings); }
    return listPopup(shown, shown.length + " events in this area", strings);
  }

  // One popup for several events: a heading, the first LISTED of them, and how many more.
  var LISTED = 50;

  function listPopup(items, heading, strings) {
    var box = node("div", "geomap-popup");
    box.appendChild(node("div", "geomap-popup-heading", heading));
    items.slice(0, LISTED).forEach(function (item) { box.appendChild(popupFor(item.row, strings)); });
    if (items.length > LISTED) { box.appendChild(node("div", null, "\u2026 and " + (items.length - LISTED) + " more")); }
    return box;
  }

  function showAreas(entry) {
    entry.areas.forEach(function (area) {
      var any = area.items.some(function (item) { return item.shown; });
      if (any !== entry.group.hasLayer(area.layer)) {
        if (any) { entry.group.addLayer(area.layer); } else { entry.group.removeLayer(area.layer); }
      }
    });
  }

  /* Size a full-window overlay canvas to the map at the screen's pixel density, show it
   * over the map's top-left corner and return its context, drawing in CSS pixels. */
  function fitCanvas(canvas, map) {
    var size = map.getSize(), ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    canvas.style.width = size.x + "px";
    canvas.style.height = size.y + "px";
    canvas.style.visibility = "visible";
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    var ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  }

  function pane(map, name, zIndex) {
    if (!map.getPane(name)) { map.createPane(name).style.zIndex = String(zIndex); }
    return name;
  }

  function cityThreshold(zoom) {
    return zoom <= 4 ? 5000000 : zoom <= 5 ? 1000000 : zoom <= 6 ? 300000 : zoom <= 7 ? 100000
      : zoom <= 9 ? 20000 : 0;
  }

  /* City names painted on one canvas (far cheaper than a DOM marker per label); the
   * smallest cities appear only as the reader zooms in. */
  var CityLabels = L.Layer.extend({
    initialize: function (cities) { this._cities = cities; },

    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "geomap-city-labels");
      map.getPane(pane(map, "geomap-labels", 390)).appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("zoomstart", this._hide, this);
      this._redraw();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("zoomstart", this._hide, this);
    },

    _hide: function () { this._canvas.style.visibility = "hidden"; },

    _redraw: function () {
      var map = this._map, size = map.getSize(), ctx = fitCanvas(this._canvas, map);
      ctx.font = "600 11px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      var threshold = cityThreshold(map.getZoom()), shown = [];
      this._cities.forEach(function (city) {
        if (city[3] < threshold) { return; }
        var point = map.latLngToContainerPoint([city[1], city[2]]);
        if (point.x < -100 || point.y < -20 || point.x > size.x + 20 || point.y > size.y + 20) { return; }
        shown.push(city[0]);
        ctx.fillStyle = "#37474f";
        ctx.beginPath();
        ctx.arc(point.x, point.y, 2.5, 0, 2 * Math.PI);
        ctx.fill();
        ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
        ctx.lineWidth = 3;
        ctx.strokeText(city[0], point.x + 5, point.y);
        ctx.fillText(city[0], point.x + 5, point.y);
      });
      this.shown = shown;
    }
  });

  window.geomapBasemap = function (map, group, data) {
    var renderer = L.canvas({ pane: pane(map, "geomap-basemap", 250), padding: 0.5 });
    var styles = {
      countries: { color: "#8d8478", weight: 1, fillColor: "#f3efe6", fillOpacity: 1 },
      regions: { color: "#b3aa9c", weight: 0.7, fill: false },
      kyiv_districts: { color: "#9a8f80", weight: 0.8, dashArray: "3 3", fill: false }
    };
    Object.keys(styles).forEach(function (name) {
      L.geoJSON(data[name], { style: styles[name], renderer: renderer, interactive: false }).addTo(group);
    });
    window.geomap = window.geomap || { maps: [] };
    window.geomap.labels = new CityLabels(data.cities).addTo(group);
  };

  window.geomapControl = function (map, position, className, html) {
    var control = L.control({ position: position });
    control.onAdd = function () {
      var box = node("div", className);
      box.innerHTML = html;  // geomap's own static markup; article text never comes here
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);
    return control;
  };

  window.geomapDraw = function (map, groups, data) {
    if (map.options.maxZoom === undefined) { map.options.maxZoom = 18; }  // clustering needs one
    var context = {
      strings: data.strings,
      shapes: data.shapes,
      symbols: data.symbols,
      icons: {},
      renderer: data.renderer === "canvas" ? L.canvas({ padding: 0.5 }) : L.svg()
    };
    var state = { map: map, layers: {} };
    data.layers.forEach(function (layer) {
      var group = groups[layer.key];
      var cluster = null;
      if (data.fast) {
        drawBorder(layer, group);
        var records = fastItems(layer, context, group);
        records.fast = new FastLayer(layer, records.items, context, data.layers.indexOf(layer));
        group.addLayer(records.fast);
        state.layers[layer.key] = records;
        return;
      }
      if (layer.cluster) {
        cluster = L.markerClusterGroup({
          maxClusterRadius: 30,
          spiderfyOnMaxZoom: true,
          showCoverageOnHover: false,
          iconCreateFunction: clusterIcon(layer)
        });
        group.addLayer(cluster);
      }
      drawBorder(layer, group);
      var items = layer.events.map(function (row) { return makeLayers(row, layer, context); });
      state.layers[layer.key] = { group: group, cluster: cluster, items: items };
    });
    showDays(state, 0, Math.max(0, data.dates.length - 1));
    if (data.dates.length > 1) { addTimeControl(map, state, data.dates); }
    window.geomap = window.geomap || { maps: [] };
    window.geomap.maps.push(state);
    window.geomap.count = function (key) {
      return window.geomap.maps.reduce(function (total, one) { return total + count(one, key); }, 0);
    };
    window.geomap.drawn = function (key) {
      return window.geomap.maps.reduce(function (total, one) {
        var entry = one.layers[key];
        if (!entry || !entry.fast) { return total + count(one, key); }
        if (!one.map.hasLayer(entry.group)) { return total; }
        var areas = entry.items.filter(function (item) { return item.area && item.shown; }).length;
        return total + entry.fast.drawn + areas;
      }, 0);
    };
    map.whenReady(function () {
      window.requestAnimationFrame(function () {
        window.geomapReady = true;
        document.documentElement.setAttribute("data-geomap-ready", "1");
      });
    });
    return state;
  };
}());

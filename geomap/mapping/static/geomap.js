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
          html: "<span style=\"color:" + layer.color + "\">" + context.symbols[key] + "</span>",
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
      path.fillOpacity = 0.12;
      main = L.geoJSON(context.shapes[row[PARAM]], { style: path, renderer: context.renderer });
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
    main.bindPopup(popup, { maxWidth: 360, minWidth: 240 });
    return { main: main, extra: extra, day: row[DAY], symbol: shape === SYMBOL, shown: false };
  }

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
    Object.keys(state.layers).forEach(function (key) {
      var entry = state.layers[key];
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

  function pane(map, name, zIndex) {
    if (!map.getPane(name)) { map.createPane(name).style.zIndex = String(zIndex); }
    return name;
  }

  function cityThreshold(zoom) {
    return zoom <= 5 ? 1000000 : zoom <= 6 ? 300000 : zoom <= 7 ? 100000 : zoom <= 9 ? 20000 : 0;
  }

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
    var labels = L.layerGroup();
    var markers = data.cities.map(function (city) {
      var label = node("span", null, city[0]);
      label.insertBefore(node("i"), label.firstChild);
      var icon = L.divIcon({ html: label, className: "geomap-city-label", iconSize: null, iconAnchor: [3, 6] });
      return { population: city[3], marker: L.marker([city[1], city[2]], {
        icon: icon, interactive: false, keyboard: false, pane: pane(map, "geomap-labels", 390)
      }) };
    });
    var refresh = function () {
      var threshold = cityThreshold(map.getZoom());
      markers.forEach(function (city) {
        var wanted = city.population >= threshold;
        if (wanted !== labels.hasLayer(city.marker)) {
          if (wanted) { labels.addLayer(city.marker); } else { labels.removeLayer(city.marker); }
        }
      });
    };
    labels.addTo(group);
    map.on("zoomend", refresh);
    map.whenReady(refresh);
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
    map.whenReady(function () {
      window.requestAnimationFrame(function () {
        window.geomapReady = true;
        document.documentElement.setAttribute("data-geomap-ready", "1");
      });
    });
    return state;
  };
}());

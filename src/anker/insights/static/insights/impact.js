/* The impact graph: draws the nodes and edges of the json_script "impact-graph" with
   the vendored Cytoscape.js (its built-in breadthfirst and cose layouts, no extension).
   Selecting a node highlights its path back to the failing subject and puts a link to
   its page under the graph. Every text the reader sees comes from the page (translated
   there); this script only shows the graph section, which stays hidden without
   JavaScript, where the lists tell the same. After the layout, the canvas element
   carries data-rendered-nodes and data-rendered-edges (the browser tests wait for them). */
(function () {
  "use strict";

  var SHAPES = {
    root: "diamond",
    source: "diamond",
    block: "round-rectangle",
    service: "ellipse",
    channel: "triangle",
    organisation: "hexagon"
  };
  var SIZES = { root: 44, source: 32 };

  function start() {
    var canvas = document.getElementById("impact-graph-canvas");
    var source = document.getElementById("impact-graph");
    if (!canvas || !source || typeof window.cytoscape !== "function") {
      return;
    }
    var data = JSON.parse(source.textContent);
    var section = document.getElementById("impact-graph-section");
    section.hidden = false; // before drawing: Cytoscape needs the container's size

    var palette = window.getComputedStyle(canvas);
    function colour(name) {
      return palette.getPropertyValue("--impact-" + name).trim();
    }

    var elements = data.nodes.map(function (node) {
      return { group: "nodes", data: node };
    });
    data.edges.forEach(function (edge, index) {
      elements.push({
        group: "edges",
        data: { id: "edge-" + index, source: edge.source, target: edge.target }
      });
    });

    var style = [
      {
        selector: "node",
        style: {
          label: "data(label)",
          width: 24,
          height: 24,
          "font-size": 11,
          color: colour("label"),
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "ellipsis",
          "text-max-width": 120,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.85,
          "text-background-padding": 1,
          "min-zoomed-font-size": 7
        }
      },
      {
        selector: "edge",
        style: {
          width: 1.5,
          "line-color": colour("edge"),
          "target-arrow-color": colour("edge"),
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.8,
          "curve-style": "straight"
        }
      },
      {
        selector: "node.selected",
        style: { "border-width": 4, "border-color": colour("highlight") }
      },
      {
        selector: "edge.on-path",
        style: {
          width: 4,
          "line-color": colour("highlight"),
          "target-arrow-color": colour("highlight")
        }
      },
      { selector: ".faded", style: { opacity: 0.25 } }
    ];
    Object.keys(SHAPES).forEach(function (type) {
      style.push({
        selector: 'node[type = "' + type + '"]',
        style: {
          shape: SHAPES[type],
          "background-color": colour(type),
          width: SIZES[type] || 24,
          height: SIZES[type] || 24,
          "font-weight": SIZES[type] ? "bold" : "normal",
          "font-size": SIZES[type] ? 14 : 11,
          "text-max-width": SIZES[type] ? 220 : 120
        }
      });
    });

    var cy = window.cytoscape({
      container: canvas,
      elements: elements,
      style: style,
      layout: { name: "preset" },
      minZoom: 0.1,
      maxZoom: 4,
      // Zooming with the wheel would capture the page's scrolling; the buttons zoom.
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autounselectify: true
    });

    // A breadth-first layout (subject in the centre, rings by distance) gives the start,
    // a force-directed one then gathers each node's dependents around it. Starting from
    // the same positions (randomize: false), it draws the same graph on every visit.
    cy.layout({
      name: "breadthfirst",
      directed: true,
      roots: [data.root],
      circle: true,
      animate: false
    }).run();
    var layout = cy.layout({
      name: "cose",
      animate: false,
      randomize: false,
      padding: 24,
      nodeRepulsion: function () { return 6000; },
      idealEdgeLength: function () { return 40; },
      gravity: 1.5,
      numIter: 1000
    });
    layout.one("layoutstop", function () {
      canvas.setAttribute("data-rendered-nodes", String(cy.nodes().length));
      canvas.setAttribute("data-rendered-edges", String(cy.edges().length));
    });
    layout.run();

    wireSelection(cy);
    wireControls(cy, section);
  }

  function wireSelection(cy) {
    var selection = document.getElementById("impact-selection");
    var link = document.getElementById("impact-selection-link");

    function clear() {
      cy.elements().removeClass("selected on-path faded");
      selection.hidden = true;
    }

    cy.on("tap", "node", function (event) {
      var node = event.target;
      // Every node hangs from one parent, so its predecessors are its path to the root.
      var path = node.predecessors().union(node);
      clear();
      cy.elements().not(path).addClass("faded");
      path.edges().addClass("on-path");
      node.addClass("selected");
      link.textContent = node.data("label");
      link.href = node.data("url");
      selection.hidden = false;
    });
    cy.on("tap", function (event) {
      if (event.target === cy) {
        clear();
      }
    });
  }

  function wireControls(cy, section) {
    section.addEventListener("click", function (event) {
      var button = event.target.closest("[data-graph-action]");
      if (!button) {
        return;
      }
      var action = button.getAttribute("data-graph-action");
      var centre = { x: cy.width() / 2, y: cy.height() / 2 };
      if (action === "fit") {
        cy.fit(undefined, 24);
      } else {
        var factor = action === "zoom-in" ? 1.25 : 0.8;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

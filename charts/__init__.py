"""Pure plotly figure builders: data in (arrays, Trace, DataFrame), plotly.graph_objects.Figure out.

No Streamlit here: every builder is unit-tested on its own. One module per topic.
"""
